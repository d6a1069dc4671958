#pragma once

#include "Command.h"

namespace karsa::cli {

// eval: performance evaluation cycles (issue 6). Actions:
//   cycles | create | assign | status | results | hasil-kerja | import-public | close | reopen |
//   lock | calibrate | export
class EvalCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("eval"); }
    QString summary() const override
    {
        return QStringLiteral("Performance evaluation: eval cycles|create|assign|status|results|hasil-kerja|"
                              "import-public|close|reopen|lock|calibrate|export (see eval --help).");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
    bool needsGui() const override { return true; }
};

} // namespace karsa::cli
