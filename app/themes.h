#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

namespace swb::app {

// Light (the style's own), dark and high-contrast colours for the whole
// application, set through QPalette (so every widget, dialog and table follows)
// and a small style sheet for what a palette cannot say (borders in high
// contrast). The chosen theme is remembered. Contrast is measured the WCAG way.
class Themes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Themes)
public:
    enum class Theme { Light, Dark, HighContrast };

    explicit Themes(QObject *parent = nullptr);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    // Applies the remembered theme.
    void restore();

    static QString name(Theme theme); // "light", "dark", "high-contrast"
    static std::optional<Theme> fromName(const QString &name);
    static QPalette palette(Theme theme);
    static QString styleSheet(Theme theme);
    // The contrast the theme promises for text: 4.5:1, or 7:1 for high contrast.
    static double minimumContrast(Theme theme);
    // Contrast is measured and lifted by models::ColourContrast.

signals:
    void themeChanged(swb::app::Themes::Theme theme);

private:
    void apply();

    Theme m_theme = Theme::Light;
};

} // namespace swb::app
