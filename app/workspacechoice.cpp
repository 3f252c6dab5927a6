#include "app/workspacechoice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace swb::app {

WorkspaceChoiceDialog::WorkspaceChoiceDialog(Kind kind, const QString &incoming,
                                             bool canOpenWindow, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_incoming(incoming)
    , m_question(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("workspaceChoice"));
    auto *layout = new QVBoxLayout(this);
    // A top-level window does not ask wrapped labels for their height at its
    // width, so the labels get a width in characters (it follows the zoom)
    // and the dialog is never narrower than that.
    for (QLabel *label : {m_question, m_details}) {
        label->setWordWrap(true);
        label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 48);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    m_question->setObjectName(QStringLiteral("question"));
    m_details->setObjectName(QStringLiteral("details"));

    auto *buttons = new QDialogButtonBox(this);
    m_replace = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_replace->setObjectName(QStringLiteral("replace"));
    m_replace->setDefault(true);
    if (canOpenWindow) {
        m_newWindow = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        m_newWindow->setObjectName(QStringLiteral("newWindow"));
        connect(m_newWindow, &QPushButton::clicked, this,
                [this] { choose(WorkspaceChoice::NewWindow); });
    }
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_replace, &QPushButton::clicked, this, [this] { choose(WorkspaceChoice::Replace); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { choose(WorkspaceChoice::Cancel); });
    layout->addSpacing(m_question->fontMetrics().height() / 2);
    layout->addWidget(buttons);
    retranslateUi();
}

void WorkspaceChoiceDialog::retranslateUi()
{
    setWindowTitle(m_kind == Kind::Lesson ? tr("Open lesson") : tr("Open workspace"));
    m_question->setText(
        m_kind == Kind::Lesson
            ? tr("This window already has panels open. Where should the lesson \"%1\" open?")
                  .arg(m_incoming)
            : tr("This window already has panels open. Where should the workspace \"%1\" open?")
                  .arg(m_incoming));
    m_details->setText(tr("Replace closes the panels in this window first: their servers stop "
                          "and free their ports, and the traffic table is emptied. A new window "
                          "leaves this one as it is, with its own panels and traffic."));
    m_replace->setText(tr("&Replace"));
    if (m_newWindow)
        m_newWindow->setText(tr("Open in a &new window"));
    m_cancel->setText(tr("Cancel"));
    adjustSize();
}

void WorkspaceChoiceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WorkspaceChoiceDialog::choose(WorkspaceChoice choice)
{
    m_choice = choice;
    if (choice == WorkspaceChoice::Cancel)
        reject();
    else
        accept();
}

WorkspaceChoice WorkspaceChoiceDialog::ask(QWidget *parent, Kind kind, const QString &incoming,
                                           bool canOpenWindow)
{
    WorkspaceChoiceDialog dialog(kind, incoming, canOpenWindow, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace swb::app
