#pragma once

#include "course/lessons/workspace.h"

#include <QWidget>

#include <functional>

class QBoxLayout;
class QLabel;
class QTimer;
class QToolButton;

namespace swb::models {
class TrafficModel;
}

namespace swb::widgets {

// Base of every panel (TCP server, TCP client, …): its id and name, its
// settings as a workspace entry, and a status line with the RX/TX counters.
class Panel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Panel)
public:
    Panel(int id, course::PanelType type, models::TrafficModel *traffic, QWidget *parent = nullptr);
    ~Panel() override;

    int id() const { return m_id; }
    course::PanelType type() const { return m_type; }
    QString name() const { return m_name; }
    void setName(const QString &name);

    virtual course::PanelConfig config() const = 0;
    virtual void applyConfig(const course::PanelConfig &config) = 0;
    // Starts what the config asks to start (lesson servers). Default: nothing.
    virtual void autoStart() {}
    // Stops listening and closes connections (before the panel goes away).
    virtual void shutdown() {}
    // What this panel listens on or would listen on, as "tcp/8001", "udp/9090" or
    // "local//run/x.sock"; empty for clients and for port 0. Two panels with the
    // same key cannot both run (two lessons on one port).
    virtual QString resourceKey() const { return QString(); }
    virtual bool isRunning() const { return false; }
    // Shows a problem in the panel and as an error row.
    virtual void reportError(const QString &message) { showError(message); }
    // Whether the panel's settings ask to start as soon as it opens.
    virtual bool startsOnOpen() const { return false; }
    // The last message shown in the status line (for tests and the window title).
    QString statusText() const;

signals:
    void nameChanged(const QString &name);
    // The user pressed "Why?" next to an error: the window's error coach explains it.
    void explainRequested(swb::widgets::Panel *panel, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    virtual void onNameChanged() {}
    // Puts the status line under the panel's own content.
    void addStatusLine(QBoxLayout *layout);
    void showStatus(const QString &text);
    // A status that lasts (listening, connected): written again in the new
    // language when the language changes.
    void showLastingStatus(std::function<QString()> text);
    void showError(const QString &text);
    models::TrafficModel *traffic() const { return m_traffic; }

private:
    void refreshCounters();

    int m_id;
    course::PanelType m_type;
    QString m_name;
    models::TrafficModel *m_traffic;
    QLabel *m_status = nullptr;
    QLabel *m_counters = nullptr;
    QTimer *m_counterTimer = nullptr;
    QToolButton *m_why = nullptr;
    std::function<QString()> m_lastingStatus;
};

} // namespace swb::widgets
