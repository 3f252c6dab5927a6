#include "widgets/common/flowlayout.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using swb::widgets::FlowLayout;

// The filter bar's layout: one row when there is room, more rows (never
// overlapping widgets) when there is not, and the spare width of a row to
// the fields that can grow.
class TestFlowLayout : public QObject
{
    Q_OBJECT
private slots:
    void oneRowWhenThereIsRoom();
    void wrapsInsteadOfOverlapping();
    void spareWidthGoesToGrowingFields();
    void aWidgetThatWidensItselfMovesItsNeighbours();

private:
    void build(int buttons);
    int rows() const;

    std::unique_ptr<QWidget> m_bar;
    FlowLayout *m_layout = nullptr;
    QLineEdit *m_edit = nullptr;
    QList<QPushButton *> m_buttons;
};

void TestFlowLayout::build(int buttons)
{
    m_bar = std::make_unique<QWidget>();
    m_layout = new FlowLayout(m_bar.get());
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(m_bar.get());
    m_layout->addWidget(m_edit, 2);
    m_buttons.clear();
    for (int i = 0; i < buttons; ++i) {
        m_buttons << new QPushButton(QStringLiteral("Button number %1").arg(i), m_bar.get());
        m_layout->addWidget(m_buttons.last());
    }
}

int TestFlowLayout::rows() const
{
    QList<int> tops;
    for (const QWidget *w : m_bar->findChildren<QWidget *>()) {
        if (!tops.contains(w->y()))
            tops << w->y();
    }
    return int(tops.size());
}

void TestFlowLayout::oneRowWhenThereIsRoom()
{
    build(3);
    m_bar->resize(m_layout->sizeHint().width() + 50, m_layout->heightForWidth(2000));
    m_layout->setGeometry(m_bar->rect());
    QCOMPARE(rows(), 1);
    QCOMPARE(m_layout->heightForWidth(m_bar->width()), m_layout->heightForWidth(5000));
}

void TestFlowLayout::wrapsInsteadOfOverlapping()
{
    build(6);
    const int narrow = m_layout->sizeHint().width() / 3;
    QVERIFY(narrow >= m_layout->minimumSize().width());
    const int height = m_layout->heightForWidth(narrow);
    QVERIFY(height > m_layout->heightForWidth(m_layout->sizeHint().width()));
    m_bar->resize(narrow, height);
    m_layout->setGeometry(m_bar->rect());
    QVERIFY(rows() >= 3);
    const QList<QWidget *> all = m_bar->findChildren<QWidget *>();
    for (int i = 0; i < all.size(); ++i) {
        QVERIFY2(m_bar->rect().contains(all.at(i)->geometry()), "a widget runs past the bar");
        for (int j = i + 1; j < all.size(); ++j)
            QVERIFY(!all.at(i)->geometry().intersects(all.at(j)->geometry()));
    }
}

void TestFlowLayout::spareWidthGoesToGrowingFields()
{
    build(2);
    const int wide = m_layout->sizeHint().width() + 300;
    m_bar->resize(wide, m_layout->heightForWidth(wide));
    m_layout->setGeometry(m_bar->rect());
    QCOMPARE(rows(), 1);
    // The line edit grows; the buttons keep their size.
    QVERIFY(m_edit->width() >= m_edit->sizeHint().width() + 250);
    for (const QPushButton *button : std::as_const(m_buttons))
        QCOMPARE(button->width(), button->sizeHint().width());
}

// A combo box given a larger minimum when its items change widens at once:
// its neighbour moves, with no overlap even for a moment after the change.
void TestFlowLayout::aWidgetThatWidensItselfMovesItsNeighbours()
{
    build(3);
    m_bar->resize(m_layout->sizeHint().width() + 400, 40);
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
    QPushButton *first = m_buttons.at(0);
    QPushButton *second = m_buttons.at(1);
    QVERIFY(!first->geometry().intersects(second->geometry()));
    first->setMinimumWidth(first->width() + 150);
    QVERIFY2(!first->geometry().intersects(second->geometry()),
             "the neighbour was left under the widened widget");
    QVERIFY(second->x() >= first->geometry().right());
}

QTEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
