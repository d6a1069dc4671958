#pragma once

#include "import/Importer.h"

#include <QWizard>

#include <memory>

namespace karsa::ui {

class Workspace;

// File → mapping → preview → apply. Every step runs in core (Importer) on a worker connection with
// progress and Cancel; the wizard only shows the preview and collects the officer's choices.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, DonePageId };

    explicit ImportWizard(Workspace* workspace, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Workspace* workspace() const { return m_workspace; }
    Importer* importer() const { return m_importer.get(); }
    const ImportPreview& preview() const { return m_preview; }
    QString lastError() const { return m_lastError; }
    QString resultText() const { return m_resultText; }

    // Reads and validates the file (kind, path); false with lastError() on a whole-file problem.
    bool analyze(ImportKind kind, const QString& path);
    bool reanalyze(); // after mapping changes
    bool applyImport();

signals:
    void previewChanged();

private:
    Workspace* m_workspace;
    std::unique_ptr<Importer> m_importer;
    ImportPreview m_preview;
    QString m_path;
    QString m_lastError;
    QString m_resultText;
};

} // namespace karsa::ui
