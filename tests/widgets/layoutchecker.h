#pragma once

// The layout checker of the window tests: walks every visible widget under a
// top-level window and reports what a user would see as broken.
//   - a top-level window larger than the screen's available geometry;
//   - two visible sibling widgets whose rectangles overlap;
//   - a label, button, check box, radio button, tab or combo box whose text
//     needs more room than it has (unless it elides by design: the property
//     "elidesText" set to true, and a tooltip holding the whole text);
//   - a word-wrapped label cut at the bottom;
//   - a dock widget smaller than its minimum size, or running past the
//     window's edge (what a main window does instead of squeezing it).
// The screen is given, not read, so a test chooses 1366×768 or 1920×1080 on
// any machine.

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFocusFrame>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QRect>
#include <QRubberBand>
#include <QSizeGrip>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>
#include <QWidget>
#include <QtMath>

namespace swb::tests {

// Lets a layout change run its whole chain before a check: a language or font
// change reaches the combos, their fitters queue a new minimum width, a timer
// (the traffic table's batch adding a panel to the filter's list) changes
// items, and each layout then asks its parent for another pass. Rather than
// guess how many rounds that takes on a busy machine, it runs rounds until
// no widget of any window has moved or resized for three rounds in a row.
inline void settleLayouts()
{
    const auto snapshot = [] {
        QList<QRect> rects;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (!top->isVisible())
                continue;
            rects << top->geometry();
            for (const QWidget *w : top->findChildren<QWidget *>())
                rects << (w->isVisible() ? w->geometry() : QRect());
        }
        return rects;
    };
    QList<QRect> last = snapshot();
    for (int round = 0, stable = 0; round < 200 && stable < 3; ++round) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        const QList<QRect> now = snapshot();
        stable = now == last ? stable + 1 : 0;
        last = now;
    }
}

class LayoutChecker final
{
public:
    explicit LayoutChecker(const QRect &available) : m_available(available) {}

    // Every problem under `window`, one line each; empty when it looks right.
    QStringList check(QWidget *window) const
    {
        QStringList problems;
        const QRect frame = window->frameGeometry();
        if (frame.width() > m_available.width() || frame.height() > m_available.height()) {
            problems << QStringLiteral("window %1: %2×%3 is larger than the screen's %4×%5")
                            .arg(name(window))
                            .arg(frame.width())
                            .arg(frame.height())
                            .arg(m_available.width())
                            .arg(m_available.height());
        }
        walk(window, &problems);
        return problems;
    }

    // "QLabel 'status' in TcpServerPanel 'panel-1'": enough to find it.
    static QString rectText(const QRect &r)
    {
        return QStringLiteral("(%1,%2 %3×%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    }

    static QString name(const QWidget *widget)
    {
        QString text = QStringLiteral("%1 '%2'")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName());
        // The unnamed parts of a named widget are told apart by their parent.
        if (widget->objectName().isEmpty() && widget->parentWidget()) {
            text += QStringLiteral(" of a %1").arg(
                QString::fromLatin1(widget->parentWidget()->metaObject()->className()));
        }
        for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
                text += QStringLiteral(" in %1 '%2'").arg(
                    QString::fromLatin1(p->metaObject()->className()), p->objectName());
                break;
            }
        }
        return text;
    }

private:
    // Visible and on screen: a dock tabbed behind another is "visible" to Qt
    // but moved out of the window, where nobody sees it.
    static bool isShown(const QWidget *widget)
    {
        return widget->isVisible() && widget->width() > 0 && widget->height() > 0
            && !widget->visibleRegion().isEmpty();
    }

    // Widgets that lie over others on purpose.
    static bool overlapsByDesign(const QWidget *widget)
    {
        return qobject_cast<const QFocusFrame *>(widget) || qobject_cast<const QRubberBand *>(widget)
            || qobject_cast<const QSizeGrip *>(widget) || qobject_cast<const QMenu *>(widget)
            || widget->isWindow() || widget->property("overlay").toBool()
            || isTabScrollArrow(widget);
    }

    // A tab bar too narrow for its tabs shows two arrows that Qt lays a pixel
    // over each other.
    static bool isTabScrollArrow(const QWidget *widget)
    {
        return qobject_cast<const QToolButton *>(widget)
            && qobject_cast<const QTabBar *>(widget->parentWidget());
    }

    void walk(QWidget *widget, QStringList *problems) const
    {
        checkText(widget, problems);
        if (auto *dock = qobject_cast<QDockWidget *>(widget)) {
            const QSize minimum = dock->minimumSizeHint().expandedTo(dock->minimumSize());
            if (!dock->isFloating()
                && (dock->width() < minimum.width() || dock->height() < minimum.height())) {
                *problems << QStringLiteral("%1: %2×%3 is below its minimum %4×%5")
                                 .arg(name(dock))
                                 .arg(dock->width())
                                 .arg(dock->height())
                                 .arg(minimum.width())
                                 .arg(minimum.height());
            }
            // A main window never squeezes a dock below its minimum: it lets
            // the dock run past its own edge instead, where nobody sees it.
            const QWidget *parent = dock->parentWidget();
            if (!dock->isFloating() && parent && !parent->rect().contains(dock->geometry())) {
                *problems << QStringLiteral("%1: reaches past the window's edge (%2,%3 %4×%5 "
                                            "in %6×%7)")
                                 .arg(name(dock))
                                 .arg(dock->x())
                                 .arg(dock->y())
                                 .arg(dock->width())
                                 .arg(dock->height())
                                 .arg(parent->width())
                                 .arg(parent->height());
            }
        }
        QList<QWidget *> children;
        for (QObject *object : widget->children()) {
            auto *child = qobject_cast<QWidget *>(object);
            if (child && isShown(child) && !child->isWindow())
                children << child;
        }
        for (int i = 0; i < children.size(); ++i) {
            for (int j = i + 1; j < children.size(); ++j) {
                const QWidget *a = children.at(i);
                const QWidget *b = children.at(j);
                if (overlapsByDesign(a) || overlapsByDesign(b))
                    continue;
                const QRect both = a->geometry() & b->geometry();
                if (both.width() > 0 && both.height() > 0) {
                    *problems << QStringLiteral("%1 at %2 and %3 at %4 overlap by %5×%6")
                                     .arg(name(a), rectText(a->geometry()), name(b),
                                          rectText(b->geometry()))
                                     .arg(both.width())
                                     .arg(both.height());
                }
            }
        }
        for (QWidget *child : std::as_const(children))
            walk(child, problems);
    }

    static QString withoutMnemonic(QString text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&'))
                text.remove(i, 1); // "&&" leaves one '&', which the next step skips
        }
        return text;
    }

    static bool elidesByDesign(const QWidget *widget, const QString &text)
    {
        return widget->property("elidesText").toBool() && widget->toolTip().contains(text);
    }

    void checkText(QWidget *widget, QStringList *problems) const
    {
        const auto clipped = [&](const QString &text, int need, int have) {
            if (need > have && !elidesByDesign(widget, text)) {
                *problems << QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                                 .arg(name(widget), text.left(60))
                                 .arg(need)
                                 .arg(have);
            }
        };
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            const QString text = label->text();
            if (text.isEmpty() || !label->pixmap().isNull())
                return;
            const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(),
                                                              -label->margin(), -label->margin());
            if (label->wordWrap()) {
                clipped(text, label->heightForWidth(label->width()), label->height());
            } else if (Qt::mightBeRichText(text) && label->textFormat() != Qt::PlainText) {
                QTextDocument document;
                document.setDefaultFont(label->font());
                document.setHtml(text);
                document.setDocumentMargin(0);
                clipped(document.toPlainText(), qCeil(document.idealWidth()), room.width());
            } else {
                // With a buddy, "&Encoding:" shows as "Encoding:" with E underlined.
                const QString shown = label->buddy() ? withoutMnemonic(text) : text;
                int widest = 0;
                for (const QString &line : shown.split(QLatin1Char('\n')))
                    widest = qMax(widest, label->fontMetrics().horizontalAdvance(line));
                clipped(text, widest, room.width());
            }
        } else if (qobject_cast<QPushButton *>(widget) || qobject_cast<QCheckBox *>(widget)
                   || qobject_cast<QRadioButton *>(widget)) {
            auto *button = static_cast<QAbstractButton *>(widget);
            if (!button->text().isEmpty())
                clipped(button->text(), button->sizeHint().width(), button->width());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            option.currentText = combo->currentText();
            const QRect field = combo->style()->subControlRect(
                QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            if (!option.currentText.isEmpty()) {
                clipped(option.currentText,
                        combo->fontMetrics().horizontalAdvance(option.currentText), field.width());
            }
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const QString text = tabs->tabText(i);
                const int need = tabs->fontMetrics().horizontalAdvance(text);
                const QRect rect = tabs->tabRect(i);
                const int have = tabs->shape() == QTabBar::RoundedWest
                        || tabs->shape() == QTabBar::RoundedEast
                    ? rect.height()
                    : rect.width();
                const bool elided = tabs->elideMode() != Qt::ElideNone
                    && tabs->tabToolTip(i).contains(text);
                if (need > have && !elided) {
                    *problems << QStringLiteral("%1: tab \"%2\" needs %3 px, has %4")
                                     .arg(name(tabs), text)
                                     .arg(need)
                                     .arg(have);
                }
            }
        }
    }

    QRect m_available;
};

} // namespace swb::tests
