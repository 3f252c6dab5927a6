#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

class QWidget;

namespace swb::widgets {

// The red of warnings and errors in labels and fields, kept readable (the
// theme's contrast) on the widget's own background now and after every theme
// switch: a fixed red in a style sheet sinks into a dark background.
class WarningColour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningColour)
public:
    // Turns the warning colour on or off for widget's text; with a selector
    // ("QCheckBox:checked") only in that state.
    static void set(QWidget *widget, bool on, const QString &selector = QString());
    // The warning red, readable on the palette's window background.
    static QColor on(const QPalette &palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WarningColour(QWidget *widget, const QString &selector);
    void restyle();

    QWidget *m_widget;
    QString m_selector;
};

} // namespace swb::widgets
