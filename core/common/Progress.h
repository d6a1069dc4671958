#pragma once

#include <atomic>
#include <functional>

#include <QString>

namespace karsa {

// Progress reporting and cancellation for long work. Core calls report(); the caller (a GUI
// worker, the CLI, a test) decides what to show. cancelled() is polled between steps.
class Progress
{
public:
    using Callback = std::function<void(qint64 done, qint64 total, const QString& stage)>;

    Progress() = default;
    explicit Progress(Callback callback) : m_callback(std::move(callback)) {}

    void report(qint64 done, qint64 total, const QString& stage = {}) const
    {
        if (m_callback)
            m_callback(done, total, stage);
    }
    void cancel() { m_cancelled.store(true); }
    bool cancelled() const { return m_cancelled.load(); }

private:
    Callback m_callback;
    std::atomic<bool> m_cancelled{false};
};

} // namespace karsa
