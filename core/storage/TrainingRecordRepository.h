#pragma once

#include "common/Result.h"
#include "development/DevelopmentPlan.h"
#include "development/JpCompliance.h"

#include <QSqlDatabase>
#include <QVector>

namespace karsa {

// Realised training (JP) and the assessments it proposes. Writes expect the caller's transaction.
class TrainingRecordRepository
{
public:
    explicit TrainingRecordRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Employee, title, known form, real dates with end >= start, JP > 0 (at most 2000).
    static Status validate(const TrainingRecord& record);

    Result<qint64> insert(const TrainingRecord& record);
    Status remove(qint64 id);
    Result<TrainingRecord> byId(qint64 id) const;
    // Trainings that touch the year (start <= 31 Dec, end >= 1 Jan), of one employee or (0) everyone,
    // by end date then id.
    Result<QVector<TrainingRecord>> forYear(int year, qint64 employeeId = 0) const;
    // The same trainings as JP entries, for JpCompliance.
    Result<QVector<JpEntry>> jpEntries(int year) const;

private:
    QSqlDatabase m_db;
};

// An assessment awaiting an officer's decision, usually proposed by completed training.
struct AssessmentProposal
{
    qint64 assessmentId = 0;
    qint64 employeeId = 0;
    qint64 competencyId = 0;
    int level = 0;
    QDate assessedOn;
    QString method;
    QString evidence;
    qint64 trainingRecordId = 0; // 0 = not from training
    QString trainingTitle;
    int rowVersion = 0; // of the assessment row
};

class ProposalRepository
{
public:
    explicit ProposalRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every assessment that needs validation, oldest first.
    Result<QVector<AssessmentProposal>> pending() const;
    // Validates or rejects a pending assessment, recording who and when (the audit stays in the row).
    // Optimistic: expectedVersion is the assessment's row_version the officer saw; a change made
    // elsewhere since is refused with sql::conflictError.
    Status decide(qint64 assessmentId, int expectedVersion, bool validate, const QString& by, const QDateTime& at);
    // Undo of decide(): back to needs validation, the decision cleared (optimistic as decide()).
    Status reopen(qint64 assessmentId, int expectedVersion);
    // Who decided and when ("", invalid while pending).
    Result<std::pair<QString, QDateTime>> decision(qint64 assessmentId) const;

private:
    QSqlDatabase m_db;
};

} // namespace karsa
