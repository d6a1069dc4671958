#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "domain/Competency.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace karsa::ui {

class CompetencyTableModel;

// Kamus Kompetensi: the competency dictionary with each competency's definition and levels;
// technical competencies are added and edited here.
class CompetenciesPage : public Page
{
    Q_OBJECT
public:
    explicit CompetenciesPage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override { return tr("Competency Dictionary"); }

    CompetencyTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTextBrowser* detail() const { return m_detail; }
    QComboBox* typeFilter() const { return m_type; }
    QLineEdit* searchBox() const { return m_search; }
    bool selectCompetency(qint64 competencyId);
    qint64 selectedCompetencyId() const;

    // Dialog-free seams, each one undoable command; a refusal comes back in plain words.
    Status createCompetency(const Competency& competency);
    Status updateCompetency(const Competency& before, const Competency& after);
    Status deleteCompetency(qint64 competencyId);

    // The read-only description of a competency: definition, then each level with its indicators.
    static QString detailHtml(const Competency& competency);

    void newCompetency();
    void editSelected();
    void deleteSelected();

protected:
    void reload() override;

private:
    void showDetail();
    void updateCount();

    CompetencyTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace karsa::ui
