#include "EvaluationEditor.h"

#include "CalibrationDialog.h"
#include "NewCycleDialog.h"
#include "ResponseDialog.h"
#include "common/DbCommand.h"
#include "domain/Nip.h"
#include "evaluation/PublicFeedbackImport.h"
#include "storage/EmployeeRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/UnitRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

#include <functional>

namespace karsa::ui {

namespace {
constexpr auto kKinds = Workspace::Performance;

QVector<QPair<qint64, QString>> unitTree(QSqlDatabase db)
{
    QVector<QPair<qint64, QString>> out;
    auto units = UnitRepository(db).all();
    if (!units)
        return out;
    const QVector<Unit>& all = units.value();
    std::function<void(qint64, int)> add = [&](qint64 parent, int depth) {
        QVector<const Unit*> children;
        for (const Unit& u : all)
            if (u.parentId == parent)
                children.append(&u);
        std::sort(children.begin(), children.end(), [](const Unit* a, const Unit* b) { return a->name < b->name; });
        for (const Unit* u : children) {
            out.append({u->id, QString(depth * 3, u' ') + u->name});
            add(u->id, depth + 1);
        }
    };
    add(0, 0);
    return out;
}
} // namespace

EvaluationEditor::EvaluationEditor(Workspace* workspace, QWidget* parent)
    : QObject(parent), m_workspace(workspace), m_parent(parent)
{}

void EvaluationEditor::report(const Status& status)
{
    if (!status)
        QMessageBox::warning(m_parent, tr("Performance evaluation"), status.error().describe());
}

QString EvaluationEditor::personText(const CycleEvaluation& ce, qint64 employeeId) const
{
    const int i = ce.indexOf(employeeId);
    return i >= 0 ? QStringLiteral("%1 (%2)").arg(ce.people.at(i).name, Nip::format(ce.people.at(i).nip))
                  : ce.employeeNames.value(employeeId);
}

qint64 EvaluationEditor::newCycle()
{
    auto settings = EvaluationSettings::load(SettingsRepository(m_workspace->db()));
    NewCycleDialog dialog(unitTree(m_workspace->db()), m_workspace->today().year() - 1,
                          settings ? settings->scaleMax : 5, m_parent);
    auto id = std::make_shared<qint64>(0);
    while (dialog.exec() == QDialog::Accepted) {
        const EvaluationCycle cycle = dialog.cycle();
        const Status s = DbCommand::execute(
            m_workspace, tr("New evaluation cycle %1").arg(cycle.name),
            [cycle, id](QSqlDatabase db) -> Status {
                auto r = EvaluationRepository(db).createCycle(cycle);
                if (!r)
                    return r.error();
                *id = r.value();
                return {};
            },
            [id](QSqlDatabase db) { return EvaluationRepository(db).removeCycle(*id); }, kKinds);
        if (s)
            return *id;
        dialog.showError(s.error());
    }
    return 0;
}

void EvaluationEditor::generateRaters(const CycleEvaluation& ce)
{
    const qint64 cycle = ce.cycle.id;
    const int peers = ce.settings.maxPeers, subordinates = ce.settings.maxSubordinates;
    auto ids = std::make_shared<QVector<qint64>>();
    report(DbCommand::execute(
        m_workspace, tr("Generate raters"),
        [cycle, peers, subordinates, ids](QSqlDatabase db) -> Status {
            auto r = EvaluationRepository(db).generateRaters(cycle, peers, subordinates);
            if (!r)
                return r.error();
            *ids = r.value();
            return {};
        },
        [ids](QSqlDatabase db) { return EvaluationRepository(db).removeRaters(*ids); }, kKinds));
    if (ids->isEmpty())
        return;
    QMessageBox::information(m_parent, tr("Generate raters"),
                             tr("%n rater(s) assigned from the position hierarchy.", nullptr, int(ids->size())));
}

void EvaluationEditor::enterAnswers(const CycleEvaluation& ce, qint64 raterId)
{
    auto before = EvaluationRepository(m_workspace->db()).form(raterId);
    if (!before)
        return report(before.error());
    const RaterForm original = before.value();
    const QString rater =
        original.role == RaterRole::Masyarakat ? tr("Public") : ce.employeeNames.value(original.raterEmployeeId);
    const QString heading = tr("%1 rates %2 as %3")
                                .arg(rater,
                                     original.rateeEmployeeId ? personText(ce, original.rateeEmployeeId)
                                                              : ce.unitNames.value(original.rateeUnitId),
                                     raterRoleLabel(original.role).toLower());
    ResponseDialog dialog(heading, ce.instrument, ce.cycle.scaleMax, original, original.role == RaterRole::Masyarakat,
                          m_parent);
    const int scale = ce.cycle.scaleMax;
    while (dialog.exec() == QDialog::Accepted) {
        const RaterForm after = dialog.form();
        const Status s = DbCommand::execute(
            m_workspace, tr("Answers of a rater"),
            [raterId, after, scale](QSqlDatabase db) {
                return EvaluationRepository(db).saveAnswers(raterId, after, scale);
            },
            [raterId, original, scale](QSqlDatabase db) {
                return EvaluationRepository(db).saveAnswers(raterId, original, scale);
            },
            kKinds);
        if (s)
            return;
        dialog.showError(s.error());
    }
}

void EvaluationEditor::addRater(const CycleEvaluation& ce, qint64 rateeId)
{
    QDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Add rater"));
    auto* form = new QFormLayout(&dialog);
    auto* role = new QComboBox(&dialog);
    for (RaterRole r : {RaterRole::Atasan, RaterRole::Rekan, RaterRole::Bawahan, RaterRole::Diri})
        role->addItem(raterRoleLabel(r), int(r));
    auto* nip = new QLineEdit(&dialog);
    nip->setPlaceholderText(tr("NIP of the rater"));
    form->addRow(tr("Employee rated"), new QLineEdit(personText(ce, rateeId), &dialog));
    form->addRow(tr("Role"), role);
    form->addRow(tr("Rater NIP"), nip);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        RaterForm f;
        f.cycleId = ce.cycle.id;
        f.rateeEmployeeId = rateeId;
        f.role = RaterRole(role->currentData().toInt());
        auto rater = EmployeeRepository(m_workspace->db()).byNip(nip->text());
        if (!rater && f.role != RaterRole::Diri) {
            report(rater.error());
            continue;
        }
        f.raterEmployeeId = f.role == RaterRole::Diri ? rateeId : rater->id;
        const int scale = ce.cycle.scaleMax;
        auto id = std::make_shared<qint64>(0);
        const Status s = DbCommand::execute(
            m_workspace, tr("Add rater"),
            [f, scale, id](QSqlDatabase db) -> Status {
                auto r = EvaluationRepository(db).addRater(f, scale);
                if (!r)
                    return r.error();
                *id = r.value();
                return {};
            },
            [id](QSqlDatabase db) { return EvaluationRepository(db).removeRaters({*id}); }, kKinds);
        if (s)
            return;
        report(s);
    }
}

void EvaluationEditor::removeRater(const CycleEvaluation& ce, qint64 raterId)
{
    if (Status s = EvaluationRepository(m_workspace->db()).requireEditable(ce.cycle.id, true); !s)
        return report(s);
    auto before = EvaluationRepository(m_workspace->db()).form(raterId);
    if (!before)
        return report(before.error());
    if (QMessageBox::question(m_parent, tr("Remove rater"), tr("Remove this rater and their answers?")) !=
        QMessageBox::Yes)
        return;
    const RaterForm original = before.value();
    const int scale = ce.cycle.scaleMax;
    auto id = std::make_shared<qint64>(raterId);
    report(DbCommand::execute(
        m_workspace, tr("Remove rater"), [id](QSqlDatabase db) { return EvaluationRepository(db).removeRaters({*id}); },
        [original, scale, id](QSqlDatabase db) -> Status {
            auto r = EvaluationRepository(db).addRater(original, scale);
            if (!r)
                return r.error();
            *id = r.value();
            return {};
        },
        kKinds));
}

void EvaluationEditor::addPublicFeedback(const CycleEvaluation& ce, qint64 rateeId)
{
    RaterForm f;
    f.cycleId = ce.cycle.id;
    f.rateeEmployeeId = rateeId;
    f.role = RaterRole::Masyarakat;
    f.source = QStringLiteral("form");
    ResponseDialog dialog(tr("Public feedback for %1").arg(personText(ce, rateeId)), ce.instrument, ce.cycle.scaleMax,
                          f, true, m_parent);
    const int scale = ce.cycle.scaleMax;
    while (dialog.exec() == QDialog::Accepted) {
        const RaterForm form = dialog.form();
        auto id = std::make_shared<qint64>(0);
        const Status s = DbCommand::execute(
            m_workspace, tr("Public feedback"),
            [form, scale, id](QSqlDatabase db) -> Status {
                auto r = EvaluationRepository(db).addRater(form, scale);
                if (!r)
                    return r.error();
                *id = r.value();
                return {};
            },
            [id](QSqlDatabase db) { return EvaluationRepository(db).removeRaters({*id}); }, kKinds);
        if (s)
            return;
        dialog.showError(s.error());
    }
}

void EvaluationEditor::importPublicFeedback(const CycleEvaluation& ce)
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Import public feedback"), {},
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return report(makeError(tr("Cannot read %1: %2").arg(path, file.errorString())));
    auto parsed =
        PublicFeedbackImport::parse(m_workspace->db(), ce.cycle.id, file.readAll(), QFileInfo(path).fileName());
    if (!parsed)
        return report(parsed.error());
    const PublicFeedbackImport::Parsed data = parsed.value();
    auto ids = std::make_shared<QVector<qint64>>();
    const Status s = DbCommand::execute(
        m_workspace, tr("Import public feedback"),
        [data, ids](QSqlDatabase db) -> Status {
            auto r = PublicFeedbackImport::store(db, data);
            if (!r)
                return r.error();
            *ids = r.value();
            return {};
        },
        [ids](QSqlDatabase db) { return EvaluationRepository(db).removeRaters(*ids); }, kKinds);
    if (!s)
        return report(s);
    QMessageBox::information(m_parent, tr("Import public feedback"),
                             tr("%1 forms imported: %2 for employees, %3 for units.")
                                 .arg(data.summary.rows)
                                 .arg(data.summary.employees)
                                 .arg(data.summary.units));
}

void EvaluationEditor::setHasilKerja(const CycleEvaluation& ce, qint64 employeeId)
{
    const int i = ce.indexOf(employeeId);
    if (i < 0)
        return;
    const std::optional<int> before = ce.results.at(i).hasilKerja;
    const QStringList items{expectationLabel(1), expectationLabel(0), expectationLabel(-1), tr("Not entered")};
    bool ok = false;
    const int current = before ? 1 - *before : 3;
    const QString choice = QInputDialog::getItem(m_parent, tr("Hasil kerja (SKP)"), personText(ce, employeeId), items,
                                                 current, false, &ok);
    if (!ok)
        return;
    const int k = int(items.indexOf(choice));
    const std::optional<int> after = k == 3 ? std::nullopt : std::optional<int>(1 - k);
    const qint64 cycle = ce.cycle.id;
    report(DbCommand::execute(
        m_workspace, tr("Hasil kerja of %1").arg(ce.people.at(i).name),
        [cycle, employeeId, after](QSqlDatabase db) -> Status {
            if (Status s = EvaluationRepository(db).setHasilKerja(cycle, employeeId, after); !s)
                return s;
            auto r = EvaluationService::republish(db, cycle, {employeeId});
            return r ? Status() : Status(r.error());
        },
        [cycle, employeeId, before](QSqlDatabase db) -> Status {
            if (Status s = EvaluationRepository(db).setHasilKerja(cycle, employeeId, before); !s)
                return s;
            auto r = EvaluationService::republish(db, cycle, {employeeId});
            return r ? Status() : Status(r.error());
        },
        kKinds));
}

void EvaluationEditor::calibrate(const CycleEvaluation& ce, qint64 employeeId)
{
    const int i = ce.indexOf(employeeId);
    if (i < 0)
        return;
    auto history = EvaluationRepository(m_workspace->db()).calibrationHistory(ce.cycle.id, employeeId);
    CalibrationDialog dialog(personText(ce, employeeId), ce.results.at(i), ce.matrix,
                             history ? history.value() : QVector<Calibration>(), EvaluationRepository::currentOfficer(m_workspace->db()),
                             m_parent);
    const qint64 cycle = ce.cycle.id;
    while (dialog.exec() == QDialog::Accepted) {
        const int hasil = dialog.hasilKerja(), perilaku = dialog.perilaku();
        const QString reason = dialog.reason(), by = dialog.officer();
        auto outcome = std::make_shared<EvaluationService::CalibrationOutcome>();
        const Status s = DbCommand::execute(
            m_workspace, tr("Calibrate %1").arg(ce.people.at(i).name),
            [=](QSqlDatabase db) -> Status {
                auto r = EvaluationService::calibrate(db, cycle, employeeId, hasil, perilaku, reason, by);
                if (!r)
                    return r.error();
                *outcome = r.value();
                return {};
            },
            [outcome](QSqlDatabase db) -> Status {
                EvaluationRepository repo(db);
                if (Status s = repo.removeCalibration(outcome->calibrationId); !s)
                    return s;
                return repo.restore(outcome->backup);
            },
            kKinds);
        if (s)
            return;
        dialog.showError(s.error());
    }
}

void EvaluationEditor::closeCycle(const CycleEvaluation& ce)
{
    const CycleProgress p = ce.progress();
    const bool publishes = EvaluationService::publishes(ce.cycle, ce.settings);
    if (QMessageBox::question(m_parent, tr("Close cycle"),
                              (publishes
                                   ? tr("Close '%1'? %2 final results are written to the performance ratings of %3 "
                                        "(the talent 9-box); %4 pending results are not.")
                                   : tr("Close '%1'? %2 results are final, %4 pending. Quarterly results are not "
                                        "written to the performance ratings (%3)."))
                                  .arg(ce.cycle.name)
                                  .arg(p.final)
                                  .arg(ce.cycle.year)
                                  .arg(p.pending)) != QMessageBox::Yes)
        return;
    const qint64 cycle = ce.cycle.id;
    auto backup = std::make_shared<QVector<RatingBackup>>();
    report(executeVersioned(
        m_workspace, tr("Close %1").arg(ce.cycle.name), QStringLiteral("eval_cycles"), cycle, ce.cycle.rowVersion,
        [cycle, backup](QSqlDatabase db, int version) -> Status {
            auto r = EvaluationService::close(db, cycle, version);
            if (!r)
                return r.error();
            *backup = r.value();
            return {};
        },
        [cycle, backup](QSqlDatabase db, int version) -> Status {
            EvaluationRepository repo(db);
            if (Status s = repo.setStatus(cycle, version, QStringLiteral("open")); !s)
                return s;
            return repo.restore(*backup);
        },
        kKinds));
}

void EvaluationEditor::reopenCycle(const CycleEvaluation& ce)
{
    const qint64 cycle = ce.cycle.id;
    report(executeVersioned(
        m_workspace, tr("Reopen %1").arg(ce.cycle.name), QStringLiteral("eval_cycles"), cycle, ce.cycle.rowVersion,
        [cycle](QSqlDatabase db, int version) { return EvaluationService::reopen(db, cycle, version); },
        [cycle](QSqlDatabase db, int version) {
            return EvaluationRepository(db).setStatus(cycle, version, QStringLiteral("closed"));
        },
        kKinds));
}

void EvaluationEditor::lockCycle(const CycleEvaluation& ce)
{
    if (QMessageBox::question(
            m_parent, tr("Lock cycle"),
            tr("Lock '%1'? Afterwards no answer, hasil kerja or calibration can change.").arg(ce.cycle.name)) !=
        QMessageBox::Yes)
        return;
    const qint64 cycle = ce.cycle.id;
    report(executeVersioned(
        m_workspace, tr("Lock %1").arg(ce.cycle.name), QStringLiteral("eval_cycles"), cycle, ce.cycle.rowVersion,
        [cycle](QSqlDatabase db, int version) { return EvaluationService::lock(db, cycle, version); },
        [cycle](QSqlDatabase db, int version) {
            return EvaluationRepository(db).setStatus(cycle, version, QStringLiteral("closed"), true);
        },
        kKinds));
}

} // namespace karsa::ui
