#include "app/themes.h"

#include "app/appstyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

#include <array>
#include <cmath>

namespace swb::app {

namespace {

const QString SettingsKey = QStringLiteral("view/theme");
constexpr std::array<const char *, 3> Names{"light", "dark", "high-contrast"};

void setBoth(QPalette &p, QPalette::ColorRole role, const QColor &colour)
{
    p.setColor(QPalette::Active, role, colour);
    p.setColor(QPalette::Inactive, role, colour);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xe8, 0xe8, 0xe8);
    setBoth(p, QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    setBoth(p, QPalette::WindowText, text);
    setBoth(p, QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    setBoth(p, QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    setBoth(p, QPalette::Text, text);
    setBoth(p, QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    setBoth(p, QPalette::ButtonText, text);
    setBoth(p, QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    setBoth(p, QPalette::Highlight, QColor(0x2f, 0x5f, 0xb3));
    setBoth(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    setBoth(p, QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    setBoth(p, QPalette::ToolTipText, QColor(0xf5, 0xf5, 0xf5));
    setBoth(p, QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    setBoth(p, QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    setBoth(p, QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    setBoth(p, QPalette::Light, QColor(0x50, 0x50, 0x50));
    setBoth(p, QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    setBoth(p, QPalette::Mid, QColor(0x60, 0x60, 0x60));
    setBoth(p, QPalette::Dark, QColor(0x18, 0x18, 0x18));
    setBoth(p, QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    const QColor disabled(0x80, 0x80, 0x80);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        p.setColor(QPalette::Disabled, role, p.color(QPalette::Active, role));
    return p;
}

QPalette highContrastPalette()
{
    // White and yellow on black: 21:1 and 19.6:1.
    QPalette p;
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xff, 0x00);
    setBoth(p, QPalette::Window, black);
    setBoth(p, QPalette::WindowText, white);
    setBoth(p, QPalette::Base, black);
    setBoth(p, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    setBoth(p, QPalette::Text, white);
    setBoth(p, QPalette::Button, black);
    setBoth(p, QPalette::ButtonText, yellow);
    setBoth(p, QPalette::BrightText, yellow);
    setBoth(p, QPalette::Highlight, yellow);
    setBoth(p, QPalette::HighlightedText, black);
    setBoth(p, QPalette::ToolTipBase, black);
    setBoth(p, QPalette::ToolTipText, white);
    setBoth(p, QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
    setBoth(p, QPalette::Link, QColor(0x00, 0xff, 0xff));
    setBoth(p, QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    // Frames are drawn from these: white so that every edge shows.
    for (const auto role : {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark})
        setBoth(p, role, white);
    setBoth(p, QPalette::Shadow, black);
    const QColor disabled(0xb0, 0xb0, 0xb0);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        p.setColor(QPalette::Disabled, role, black);
    return p;
}

} // namespace

Themes::Themes(QObject *parent)
    : QObject(parent)
{
}

QString Themes::name(Theme theme)
{
    return QString::fromLatin1(Names.at(size_t(theme)));
}

std::optional<Themes::Theme> Themes::fromName(const QString &name)
{
    for (size_t i = 0; i < Names.size(); ++i) {
        if (name == QLatin1String(Names[i]))
            return Theme(i);
    }
    return std::nullopt;
}

double Themes::minimumContrast(Theme theme)
{
    return theme == Theme::HighContrast ? 7.0 : 4.5;
}

QPalette Themes::palette(Theme theme)
{
    switch (theme) {
    case Theme::Dark: return darkPalette();
    case Theme::HighContrast: return highContrastPalette();
    case Theme::Light: break;
    }
    // The style's own colours, but a selection dark enough for white text
    // (Fusion's #308cc6 gives only 3.6:1).
    QPalette light = QApplication::style()->standardPalette();
    setBoth(light, QPalette::Highlight, QColor(0x1d, 0x6b, 0xb0));
    setBoth(light, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    return light;
}

QString Themes::styleSheet(Theme theme)
{
    if (theme != Theme::HighContrast)
        return QString();
    // Fusion draws frames a shade darker than the window, which on black is
    // black: give every control a visible edge, the focus a thick one, and
    // check boxes a filled yellow mark. Sizes in em, so that zoom applies.
    return QStringLiteral(
        "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView, QComboBox, QSpinBox"
        " { border: 1px solid #ffffff; }"
        "QPushButton, QToolButton { border: 1px solid #ffff00; padding: 0.2em 0.6em; }"
        "QPushButton:pressed, QToolButton:pressed, QToolButton:checked"
        " { background: #ffff00; color: #000000; }"
        "QPushButton:disabled, QToolButton:disabled { border-color: #b0b0b0; color: #b0b0b0; }"
        "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus,"
        " QComboBox:focus, QSpinBox:focus, QPushButton:focus, QToolButton:focus"
        " { border: 2px solid #ffff00; }"
        "QCheckBox::indicator, QRadioButton::indicator"
        " { width: 0.9em; height: 0.9em; border: 1px solid #ffffff; background: #000000; }"
        "QRadioButton::indicator { border-radius: 0.45em; }"
        "QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }"
        "QToolTip { color: #ffffff; background: #000000; border: 1px solid #ffffff; }");
}


void Themes::setTheme(Theme theme)
{
    m_theme = theme;
    QSettings().setValue(SettingsKey, name(theme));
    apply();
    emit themeChanged(theme);
}

void Themes::restore()
{
    const auto saved = fromName(QSettings().value(SettingsKey).toString());
    m_theme = saved.value_or(Theme::Light);
    apply();
}

void Themes::apply()
{
    AppStyle *style = AppStyle::ensureInstalled();
    style->setMinimumContrast(minimumContrast(m_theme));
    // The palette first: the style sheet takes each widget's palette as it
    // polishes it, and a palette set afterwards would not reach those widgets.
    QApplication::setPalette(palette(m_theme));
    qApp->setStyleSheet(styleSheet(m_theme));
}

} // namespace swb::app
