#include "widgets/teaching/pythonview.h"

#include "course/python/pythongenerator.h"
#include "net/errors/systemerrortext.h"
#include "widgets/common/screenfit.h"
#include "widgets/teaching/pythonhighlighter.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace swb::widgets {

PythonView::PythonView(ConfigSource source, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_intro(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("PythonView"));
    m_intro->setWordWrap(true);
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Only the family: the size follows the application font, so zoom reaches it.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont font;
    font.setFamilies(mono.families());
    font.setStyleHint(QFont::Monospace);
    m_editor->setFont(font);
    m_highlighter = new PythonHighlighter(m_editor->document());
    m_copy = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_refresh = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);

    connect(m_copy, &QPushButton::clicked, this, &PythonView::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &PythonView::chooseFileAndSave);
    connect(m_refresh, &QPushButton::clicked, this, &PythonView::refresh);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ScreenFit::fit(this, QSize(fontMetrics().horizontalAdvance(QString(96, QLatin1Char('m'))),
                               fontMetrics().height() * 40));
    refresh();
}

QString PythonView::script() const
{
    return m_editor->toPlainText() + QLatin1Char('\n');
}

QString PythonView::suggestedFileName() const
{
    return course::PythonGenerator::suggestedFileName(m_config);
}

void PythonView::refresh()
{
    if (m_source)
        m_config = m_source();
    m_editor->setPlainText(course::PythonGenerator::generate(m_config).trimmed());
    m_highlighter->setPalette(palette());
    retranslateUi();
}

void PythonView::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(script());
}

Result<void> PythonView::saveTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(script().toUtf8()) < 0 || !file.commit())
        return Failure{tr("Cannot save the script to \"%1\": %2.").arg(path, net::SystemErrorText::fromText(file.errorString()))};
    return {};
}

void PythonView::chooseFileAndSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Python script"),
                                                      suggestedFileName(),
                                                      tr("Python scripts (*.py)"));
    if (path.isEmpty())
        return;
    if (const Result<void> saved = saveTo(path); !saved)
        QMessageBox::warning(this, tr("Save Python script"), saved.message());
}

void PythonView::retranslateUi()
{
    setWindowTitle(tr("%1 as Python").arg(m_config.name));
    m_intro->setText(tr("What the panel \"%1\" does, as a Python script in the style of the "
                        "notes, made from its current settings. Save it and run python3 %2; "
                        "it talks to the workbench's panels and they to it.")
                         .arg(m_config.name, suggestedFileName()));
    m_copy->setText(tr("&Copy"));
    m_save->setText(tr("&Save\u2026"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the panel's settings again"));
}

void PythonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(); // the comments in the script are translated too
    else if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    QDialog::changeEvent(event);
}

} // namespace swb::widgets
