#include "widgets/stream/socketpathedit.h"

#include "net/stream/localsocketpath.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace swb::widgets {

SocketPathEdit::SocketPathEdit(QWidget *parent)
    : QWidget(parent)
    , m_row(new QHBoxLayout)
    , m_label(new QLabel(this))
    , m_edit(new QLineEdit(net::LocalSocketPath::defaultSetting(), this))
    , m_browse(new QPushButton(this))
    , m_resolved(new QLabel(this))
{
    m_resolved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resolved->setWordWrap(true);
    m_label->setBuddy(m_edit);
    m_row->addWidget(m_label);
    m_row->addWidget(m_edit, 1);
    m_row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_row);
    layout->addWidget(m_resolved);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        refresh();
        emit pathChanged();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &SocketPathEdit::returnPressed);
    connect(m_browse, &QPushButton::clicked, this, &SocketPathEdit::browse);
    retranslateUi();
}

SocketPathEdit::~SocketPathEdit() = default;

QString SocketPathEdit::text() const
{
    return m_edit->text().trimmed();
}

void SocketPathEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

QString SocketPathEdit::resolvedPath() const
{
    return net::LocalSocketPath::resolve(m_edit->text());
}

void SocketPathEdit::addButton(QWidget *button)
{
    m_row->addWidget(button);
}

void SocketPathEdit::setEditable(bool editable)
{
    m_edit->setEnabled(editable);
    m_browse->setEnabled(editable);
}

void SocketPathEdit::retranslateUi()
{
    m_label->setText(tr("Path:"));
    m_edit->setToolTip(tr("The socket file, as in the notes' bind(path) and connect(path). "
                          "{runtime} stands for your runtime folder (%1), which only you can "
                          "read; a path without a folder goes there too.")
                           .arg(net::LocalSocketPath::runtimeFolder()));
    m_browse->setText(tr("Browse\u2026"));
    refresh();
}

void SocketPathEdit::refresh()
{
    const QString resolved = resolvedPath();
    m_resolved->setText(tr("Socket file: %1").arg(resolved));
    // When the line already shows the absolute path, saying it twice helps nobody.
    m_resolved->setVisible(!resolved.isEmpty() && resolved != m_edit->text().trimmed());
}

void SocketPathEdit::browse()
{
    const QFileInfo current(resolvedPath());
    QFileDialog dialog(this, tr("Socket file"), current.absolutePath());
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    // Socket files count as "system" files: without QDir::System, and with a
    // native dialog, which ignores the filter, they would not be listed.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFilter(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    dialog.setLabelText(QFileDialog::Accept, tr("Choose"));
    if (current.fileName().size() > 0)
        dialog.selectFile(current.fileName());
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        setText(dialog.selectedFiles().constFirst());
}

void SocketPathEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
