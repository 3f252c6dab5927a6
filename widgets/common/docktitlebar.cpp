#include "widgets/common/docktitlebar.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace swb::widgets {

DockTitleBar::DockTitleBar(QDockWidget *dock)
    : QWidget(dock)
    , m_dock(dock)
    , m_title(new QLabel(dock->windowTitle(), this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(dock->objectName() + QStringLiteral("-title"));
    auto *layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_DockWidgetTitleMargin);
    layout->setContentsMargins(margin + 2, 1, 1, 1);
    layout->setSpacing(2);
    layout->addWidget(m_title, 1);
    layout->addLayout(m_buttons);
    m_close->setObjectName(QStringLiteral("closeDock"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, dock));
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, dock, &QDockWidget::close);
    connect(dock, &QDockWidget::windowTitleChanged, m_title, &QLabel::setText);
    retranslateUi();
}

void DockTitleBar::retranslateUi()
{
    m_close->setToolTip(tr("Close"));
}

void DockTitleBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DockTitleBar::addButton(QAction *action, const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setDefaultAction(action);
    // The icon only: the words are the tooltip, the title bar keeps its room.
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_buttons->addWidget(button);
}

} // namespace swb::widgets
