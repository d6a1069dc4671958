#include "ImportWizard.h"

#include "ImportDonePage.h"
#include "ImportFilePage.h"
#include "ImportJobRunner.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "shell/Workspace.h"
#include "storage/Database.h"

#include <QDir>

namespace karsa::ui {

ImportWizard::ImportWizard(Workspace* workspace, QWidget* parent) : QWizard(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Import data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, new ImportFilePage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(PreviewPageId, new ImportPreviewPage(this));
    setPage(DonePageId, new ImportDonePage(this));
    resize(1060, 640);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::analyze(ImportKind kind, const QString& path)
{
    if (!m_importer || m_importer->kind() != kind || m_path != path)
        m_importer = Importer::create(kind, m_workspace->database());
    m_path = path;
    return reanalyze();
}

bool ImportWizard::reanalyze()
{
    Importer* importer = m_importer.get();
    const QString path = m_path;
    ImportPreview result;
    const Status s = ImportJobRunner::run(this, tr("Reading and checking the file…"), m_workspace->coreSession(),
                                          [importer, path, &result](Database& connection, Progress& progress) -> Status {
                                              importer->setDatabase(connection);
                                              auto p = importer->analyze(path, &progress);
                                              if (!p)
                                                  return p.error();
                                              result = std::move(p).value();
                                              return {};
                                          });
    importer->setDatabase(m_workspace->database());
    if (!s) {
        m_lastError = s.error().describe();
        return false;
    }
    m_lastError.clear();
    m_preview = result;
    emit previewChanged();
    return true;
}

bool ImportWizard::applyImport()
{
    Importer* importer = m_importer.get();
    const Status s = ImportJobRunner::run(this, tr("Importing…"), m_workspace->coreSession(),
                                          [importer](Database& connection, Progress& progress) -> Status {
                                              importer->setDatabase(connection);
                                              return importer->apply(&progress);
                                          });
    importer->setDatabase(m_workspace->database());
    if (!s) {
        m_lastError = s.error().describe();
        return false;
    }
    m_lastError.clear();
    m_resultText = tr("Imported from %1: %2 added, %3 updated, %4 unchanged.")
                       .arg(m_preview.fileName)
                       .arg(m_preview.added)
                       .arg(m_preview.updated)
                       .arg(m_preview.unchanged);
    if (!importer->lastBackupPath().isEmpty())
        m_resultText += u'\n' + tr("A backup of the database before the import was saved to %1.")
                                    .arg(QDir::toNativeSeparators(importer->lastBackupPath()));
    m_workspace->notifyChanged(Workspace::Everything);
    return true;
}

} // namespace karsa::ui
