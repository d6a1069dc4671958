<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/common/DbCommand.cpp" line="38"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/DbCommand.cpp" line="39"/>
        <source>“%1” could not be undone or redone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="84"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="85"/>
        <source>CSV, comma separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="86"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="87"/>
        <location filename="../../ui/common/TableExport.cpp" line="114"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="98"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="127"/>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="130"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="49"/>
        <source>Sangat Baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="51"/>
        <source>Baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="53"/>
        <source>Butuh Perbaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="55"/>
        <source>Kurang/Misconduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="56"/>
        <source>Sangat Kurang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="49"/>
        <source>Creating the demo city of Surabaya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="49"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="80"/>
        <source>The demo city could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="27"/>
        <source>Karsa — competency-based career management for ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="31"/>
        <source>When the database is new, fill it with the demo city without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="33"/>
        <source>The database to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="54"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="55"/>
        <source>Karsa database (*.db *.karsa);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::AssessmentDialog</name>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="21"/>
        <source>Correct assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="21"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="31"/>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="35"/>
        <source>Level (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="40"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="47"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="49"/>
        <source>e.g. UPT Penilaian Kompetensi, name of the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="50"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="52"/>
        <source>Report number, certificate, observation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="54"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::AssessmentLabels</name>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="23"/>
        <source>Assessment centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="25"/>
        <source>Competency test (uji kompetensi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="27"/>
        <source>360° feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="29"/>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="31"/>
        <source>Training result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="39"/>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="41"/>
        <source>Needs validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="45"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::AssessmentsPage</name>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="36"/>
        <source>One employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="37"/>
        <source>Batch entry for a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="70"/>
        <source>Loading employees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="78"/>
        <source>The employee list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="84"/>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.h" line="21"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::BatchAssessmentModel</name>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentModel.cpp" line="183"/>
        <source>%1 is not in this employee&apos;s standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentModel.cpp" line="184"/>
        <source>%1: changed to %2, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentModel.cpp" line="228"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentModel.cpp" line="230"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::BatchAssessmentPanel</name>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="40"/>
        <source>Unit (with sub-units):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="42"/>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="51"/>
        <source>Assessor or assessment team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="52"/>
        <source>Date of the new assessments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="55"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="58"/>
        <source>Assessor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="65"/>
        <source>Search NIP or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="71"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="73"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="74"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="75"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="100"/>
        <source>Double-click or type 1–5 in a cell to change a level. Changed cells are yellow; grey cells are competencies outside the employee&apos;s standard. Save writes one new assessment per changed cell (undo removes them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="118"/>
        <source>Save assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="122"/>
        <source>Current competency levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="126"/>
        <source>competency-levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="147"/>
        <source>Choose a unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="169"/>
        <source>All positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="250"/>
        <source>Computing the current levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="251"/>
        <source>%1 employees × %2 competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="255"/>
        <source>%n unsaved change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="289"/>
        <source>Batch assessment: %n level(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karsa::ui::CategoryBandModel</name>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="46"/>
        <source>new_scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="47"/>
        <source>New scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="148"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="150"/>
        <source>Scale name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="152"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="154"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="156"/>
        <source>From JPM (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::CompetenciesPage</name>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="31"/>
        <source>Another competency already has this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="48"/>
        <source>Search code, name or definition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="53"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="81"/>
        <source>New technical competency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="82"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="83"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="84"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="85"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="102"/>
        <source>Competency dictionary — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="102"/>
        <source>Competency dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="106"/>
        <source>competency-dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="143"/>
        <source>The competency dictionary could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="173"/>
        <source>%1 competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="173"/>
        <source>%1 of %2 competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="179"/>
        <source>Choose a competency to read its levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="187"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="187"/>
        <source>No definition yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="194"/>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="196"/>
        <source>Not described yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="201"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="214"/>
        <source>New competency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="241"/>
        <source>Edit competency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="260"/>
        <source>Delete competency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="297"/>
        <source>Edit competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="314"/>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="320"/>
        <source>Delete competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="315"/>
        <source>Delete the competency %1 (%2) with its level descriptions?
You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.h" line="25"/>
        <source>Competency Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::CompetencyEditDialog</name>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="16"/>
        <source>Edit competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="16"/>
        <source>New technical competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="24"/>
        <source>e.g. T.SDM.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="25"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="33"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="36"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="46"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="50"/>
        <source>Behavioural indicators (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="55"/>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="136"/>
        <source>The code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="139"/>
        <source>The name is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::CompetencyTableModel</name>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="126"/>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="142"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="144"/>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="146"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="148"/>
        <source>Levels described</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="45"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="54"/>
        <source>Type to search a unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="80"/>
        <source>Click a bar or a slice to list its employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="90"/>
        <source>The analytics could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="93"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="101"/>
        <source>Computing the analytics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="113"/>
        <source>Kota Surabaya (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="159"/>
        <source>Kota Surabaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="185"/>
        <source>No analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="192"/>
        <source>&lt;b&gt;%1&lt;/b&gt; employees · JPM complete &lt;b&gt;%2&lt;/b&gt; · incomplete &lt;b&gt;%3&lt;/b&gt; · mean JPM &lt;b&gt;%4&lt;/b&gt; · in the 9-box &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="208"/>
        <source>Employees per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="208"/>
        <source>No sub-units with employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="210"/>
        <source>Employees per unit (largest %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="225"/>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="230"/>
        <source>JPM categories (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="234"/>
        <source>JPM %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="237"/>
        <source>JPM incomplete — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="253"/>
        <source>Mean gap per competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="253"/>
        <source>No assessed competencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="256"/>
        <source>Mean gap per competency (actual − required; the %1 lowest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="262"/>
        <source>Below standard in %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="276"/>
        <source>9-box (not placed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="278"/>
        <source>Box %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="292"/>
        <source>Competencies below standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="292"/>
        <source>No shortfalls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="294"/>
        <source>% of assessed competencies below standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.h" line="22"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeeEditDialog</name>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="37"/>
        <source>Edit employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="37"/>
        <source>New employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="46"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="59"/>
        <source>Title before name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="64"/>
        <source>Title after name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="66"/>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="73"/>
        <source>%1 (PPPK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="75"/>
        <source>Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="77"/>
        <source>TMT golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="84"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="86"/>
        <source>Field of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="89"/>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="93"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="95"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="100"/>
        <source>TMT position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="103"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="105"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="107"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="144"/>
        <source>(no position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="168"/>
        <source>Born %1 · %2 · TMT %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="170"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="170"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeeProfile</name>
    <message>
        <location filename="../../ui/profile/EmployeeProfile.cpp" line="16"/>
        <source>The analytics are not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfile.cpp" line="23"/>
        <source>The employee is not in the analytics yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeeProfileWindow</name>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="55"/>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="203"/>
        <source>Employee profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="70"/>
        <source>Compare with position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="72"/>
        <source>Gaps and JPM against the position to be held (PP 11/2017 art. 206)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="73"/>
        <source>Back to the current position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="74"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="75"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="83"/>
        <source>profile-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="92"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="97"/>
        <source>Talent (9-box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="105"/>
        <source>Competency against the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="123"/>
        <source>JPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="124"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="125"/>
        <source>IKK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="137"/>
        <source>Shortfall: &lt;span style=&apos;background:#d6f0dc&apos;&gt;&amp;nbsp;0&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffe8b0&apos;&gt;&amp;nbsp;1&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f8c8c8&apos;&gt;&amp;nbsp;≥ 2&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e0e0e0&apos;&gt;&amp;nbsp;not assessed yet&amp;nbsp;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="143"/>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="240"/>
        <source>Competency gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="147"/>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="243"/>
        <source>Assessment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="168"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="207"/>
        <source>%1 — Employee profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="209"/>
        <source>NIP %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="217"/>
        <source>&lt;b&gt;Compared with:&lt;/b&gt; %1 (%2) — not the current position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="219"/>
        <source>&lt;b&gt;Standard of the current position:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="235"/>
        <source>Competency profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="235"/>
        <source>The position has no standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="237"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="237"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="240"/>
        <source>gaps-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="243"/>
        <source>assessments-%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeeTableModel</name>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="133"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="135"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="137"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="139"/>
        <source>Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="141"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="143"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeesPage</name>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="35"/>
        <source>Search name, NIP, position or unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="50"/>
        <source>Show all employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="58"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="60"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="61"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="65"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="66"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="70"/>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="74"/>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="136"/>
        <location filename="../../ui/employees/EmployeesPage.h" line="23"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="71"/>
        <source>employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="128"/>
        <source>Loading employees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="136"/>
        <source>The employee list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="157"/>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="157"/>
        <source>%1 of %2 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="167"/>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="196"/>
        <source>New employee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="216"/>
        <source>Edit employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="236"/>
        <source>Edit employee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="257"/>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="277"/>
        <source>Delete employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="258"/>
        <source>Delete %1 (NIP %2) with their assessment history and performance records?
You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="264"/>
        <source>Delete employee %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::FirstRunDialog</name>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="20"/>
        <source>Welcome to Karsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="22"/>
        <source>&lt;h3&gt;Welcome to Karsa&lt;/h3&gt;&lt;p&gt;There is no database yet. How would you like to start?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="25"/>
        <source>Create the demo city of Surabaya (2,000 employees) to explore Karsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="26"/>
        <source>Start with an empty database for the agency&apos;s own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="27"/>
        <source>Open an existing Karsa database file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::HolderTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/positions/HolderTableModel.cpp" line="72"/>
        <source>%n competencies of the standard have no current assessment; the JPM is a lower bound.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="94"/>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="111"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="113"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="115"/>
        <source>Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="117"/>
        <source>JPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="119"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::MainWindow</name>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="120"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="121"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="122"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="123"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="125"/>
        <source>Save a &amp;backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="127"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="130"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="131"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="133"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="138"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="139"/>
        <source>&amp;About Karsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="140"/>
        <source>About Karsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="141"/>
        <source>&lt;h3&gt;Karsa %1&lt;/h3&gt;&lt;p&gt;Competency-based career management for the civil servants of Kota Surabaya.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="177"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="202"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="189"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="194"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="190"/>
        <source>Karsa database (*.db *.karsa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="194"/>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="203"/>
        <source>Karsa database (*.db *.karsa);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="212"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="218"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="222"/>
        <source>Save a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="214"/>
        <source>Karsa database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="218"/>
        <source>Choose a different file from the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="224"/>
        <source>Backup saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="230"/>
        <source>%1 — Karsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="231"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::NineBoxWidget</name>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="52"/>
        <source>Performance (kinerja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="66"/>
        <source>Potential (potensial) — low to high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="75"/>
        <source>Box %1 — recommendation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="85"/>
        <source>Employees who cannot be placed: list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="111"/>
        <source>Performance %1, potential %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="113"/>
        <source>Box %1
%2
%3 employees (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="126"/>
        <source>%1 without a performance rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="128"/>
        <source>%1 without a competency standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="130"/>
        <source>%1 with unassessed competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="132"/>
        <source>Every employee in scope has a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="133"/>
        <source>%1 employees without a box: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::PositionEditDialog</name>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="25"/>
        <source>Edit position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="25"/>
        <source>New position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="34"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="44"/>
        <source>Jenjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="50"/>
        <source>(choose a unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="54"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="58"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="60"/>
        <source>Kelas jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="63"/>
        <source>Superior position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="68"/>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="75"/>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="131"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="72"/>
        <source>Minimum golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="79"/>
        <source>Minimum education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="84"/>
        <source>Formation (seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="86"/>
        <source>Key position (succession planning)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::PositionPickerDialog</name>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="18"/>
        <source>Compare with position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="23"/>
        <source>Search code, position, jenjang or unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="28"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="28"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="28"/>
        <source>Jenjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="28"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="67"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::PositionTableModel</name>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="146"/>
        <source>%1 holders for a formation of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="168"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="186"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="188"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="190"/>
        <source>Jenjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="192"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="194"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="196"/>
        <source>Formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="198"/>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="200"/>
        <source>Vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="202"/>
        <source>Key position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="204"/>
        <source>Standard lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::PositionsPage</name>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="65"/>
        <source>Another position already has this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="82"/>
        <source>Search units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="92"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="102"/>
        <source>Search code, position, jenjang or unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="107"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="108"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="109"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="110"/>
        <location filename="../../ui/positions/PositionsPage.cpp" line="131"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="111"/>
        <location filename="../../ui/positions/PositionsPage.cpp" line="132"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="125"/>
        <source>Competency standard (SKJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="144"/>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="151"/>
        <location filename="../../ui/positions/PositionsPage.cpp" line="152"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="151"/>
        <source>positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="155"/>
        <source>Holders of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="158"/>
        <source>holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="208"/>
        <source>Loading positions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="216"/>
        <source>The positions could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="318"/>
        <source>Choose a position to see its holders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="332"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · formation %2 · %3 holders · &lt;b&gt;%4 vacancies&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="337"/>
        <source>Holders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="371"/>
        <source>%1 positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="371"/>
        <source>%1 of %2 positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="391"/>
        <source>New position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="420"/>
        <source>Edit position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="441"/>
        <source>Delete position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="496"/>
        <source>Delete the position %1 (%2) with its competency standard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/positions/PositionsPage.cpp" line="498"/>
        <source>%n employee(s) hold it; they will be left without a position.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="499"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="500"/>
        <location filename="../../ui/positions/PositionsPage.cpp" line="503"/>
        <source>Delete position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.h" line="31"/>
        <source>Positions &amp; Standards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::ProfileFormatter</name>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="27"/>
        <source>%1 years %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="34"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="35"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="36"/>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="167"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="39"/>
        <source>Place, date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="42"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="42"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="42"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="44"/>
        <source>TMT CPNS (from NIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="47"/>
        <source>TMT (from NI PPPK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="48"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="48"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="49"/>
        <source>Masa kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="50"/>
        <source>Pangkat, golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="52"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="54"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="55"/>
        <source>Jenjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="56"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="57"/>
        <source>Retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="58"/>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="74"/>
        <source>No standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="76"/>
        <source>Incomplete: %n competencies not assessed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="81"/>
        <source>Below every band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="87"/>
        <source>Target position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="87"/>
        <source>Standard of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="88"/>
        <source>JPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="89"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="90"/>
        <source>IKK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="101"/>
        <source>no performance rating in the kinerja window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="103"/>
        <source>no complete JPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="104"/>
        <source>Not placed in the 9-box: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="106"/>
        <source>Box %1 — kinerja %2, potensial %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="109"/>
        <source>Recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="111"/>
        <source>Note: a disciplinary sanction within the rekam jejak window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="117"/>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="162"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="118"/>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="163"/>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="119"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="120"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="121"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="122"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="122"/>
        <source>Actual − required; negative is below standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="123"/>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="123"/>
        <source>Levels missing to reach the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="143"/>
        <source>not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="161"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="164"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="165"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="166"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="178"/>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="181"/>
        <source>needs validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="184"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="203"/>
        <source>Employee competency profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="206"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="207"/>
        <source>Competency against the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="209"/>
        <source>Actual levels against the standard of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="212"/>
        <source>Competency gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="227"/>
        <source>Gap = actual − required; shortfall = levels missing to reach the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="229"/>
        <source>9-box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="229"/>
        <source>Talent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::SettingsPage</name>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="63"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;&lt;p&gt;Rules that regulations and agencies vary. Changes apply to every page and report once saved, and can be undone (Edit ▸ Undo).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="69"/>
        <source>JPM &amp;&amp; categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="70"/>
        <source>Talent 9-box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="71"/>
        <source>Retirement ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="72"/>
        <source>Letterhead &amp;&amp; signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="73"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="78"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="79"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="145"/>
        <source>Category scale used by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="149"/>
        <source>Count each competency at most at its required level (no compensation between competencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="151"/>
        <source>Weight technical against managerial and socio-cultural competencies (PermenPANRB 35/2020)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="155"/>
        <source>Technical share for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="158"/>
        <source>&lt;b&gt;Category scales&lt;/b&gt; — a JPM at or above “From JPM” (and below the next band) falls in that category. Add a band to extend a scale; give a new scale name to add a scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="179"/>
        <source>Add band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="180"/>
        <source>Remove band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="213"/>
        <source>&lt;b&gt;Kinerja axis&lt;/b&gt; — mean score of the predikat of the last completed years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="214"/>
        <source>Years of performance counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="215"/>
        <source>Above expectation from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="216"/>
        <source>Meets expectation from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="219"/>
        <source>Score of predikat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="220"/>
        <source>&lt;b&gt;Potensial axis&lt;/b&gt; — from the JPM against the current position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="221"/>
        <source>High potential from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="222"/>
        <source>Medium potential from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="223"/>
        <source>&lt;b&gt;Track record&lt;/b&gt; (rekam jejak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="224"/>
        <source>Sanctions counted for (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="225"/>
        <source>&lt;b&gt;Candidate ranking&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="226"/>
        <source>Exclude candidates retiring within (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="228"/>
        <source>Share of performance in the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="237"/>
        <source>Retirement age (batas usia pensiun) per jenjang, used for retirement dates and vacancies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="241"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="249"/>
        <source>&lt;b&gt;Letterhead&lt;/b&gt; (kop surat) of printed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="250"/>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="251"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="252"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="253"/>
        <source>Phone, e-mail, website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="254"/>
        <source>City (for the signature date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="260"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="264"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="264"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="268"/>
        <source>Logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="270"/>
        <source>&lt;b&gt;Signing official&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="271"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="272"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="273"/>
        <source>Rank (pangkat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="274"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="286"/>
        <source>Language of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="289"/>
        <source>The language changes the next time Karsa starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="347"/>
        <location filename="../../ui/settings/SettingsPage.cpp" line="369"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="351"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/SettingsPage.cpp" line="366"/>
        <source>Change %n setting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/SettingsPage.cpp" line="373"/>
        <source>Saved %n setting(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.h" line="28"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::SingleAssessmentPanel</name>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="37"/>
        <source>Employee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="40"/>
        <source>Type a NIP or a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="50"/>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="161"/>
        <source>No employee chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="56"/>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="68"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="57"/>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="69"/>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="58"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="59"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="60"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="60"/>
        <source>Latest validated level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="61"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="62"/>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="67"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="70"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="71"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="72"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="73"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="79"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="80"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="81"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="82"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="169"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · NIP %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="176"/>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="346"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="208"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="211"/>
        <source>Meets the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="214"/>
        <source>Below by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="220"/>
        <source>Competency standard of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="220"/>
        <source>standard-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="240"/>
        <source>Assessment history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="240"/>
        <source>assessments-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="241"/>
        <source>NIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="266"/>
        <source>New assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="284"/>
        <source>Correct assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="295"/>
        <source>Validate assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="296"/>
        <source>Reject assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::StandardEditor</name>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="34"/>
        <source>Add competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="35"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="36"/>
        <source>Fill from jenjang defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="37"/>
        <source>Adds the manajerial and sosial kultural competencies the standard lacks at the jenjang&apos;s default level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="74"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="75"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="79"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="80"/>
        <source>Save standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="87"/>
        <source>Competency standard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="90"/>
        <source>standard-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="130"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · default level %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="142"/>
        <source>Choose a position to see and edit its competency standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="211"/>
        <source>Edit standard of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::StandardTableModel</name>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="119"/>
        <source>(unknown competency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="178"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="180"/>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="182"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="184"/>
        <source>Required level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="186"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::SuccessionPanel</name>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="26"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="27"/>
        <source>Key position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="28"/>
        <source>Jenjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="29"/>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="46"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="33"/>
        <source>Key positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="33"/>
        <source>key-positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="38"/>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="91"/>
        <source>Choose a key position to see its succession pool (boxes 7, 8 and 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="42"/>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="43"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="44"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="45"/>
        <source>Current position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="47"/>
        <source>JPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="47"/>
        <source>Job person match against the key position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="48"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="49"/>
        <source>Track record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="49"/>
        <source>Rekam jejak: a disqualifying sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="114"/>
        <source>%1 (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="120"/>
        <source>Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="126"/>
        <source>Succession pool of %1 (%2): %n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="127"/>
        <source>Succession pool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="127"/>
        <source>succession-%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::TablePanel</name>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="24"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="31"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="32"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/TablePanel.cpp" line="97"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="97"/>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::TalentPage</name>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="32"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="50"/>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="51"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="52"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="53"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="54"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="55"/>
        <source>JPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="55"/>
        <source>Job person match against the current position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="56"/>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="56"/>
        <source>Kinerja score 0-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="57"/>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="57"/>
        <source>Potensial score 0-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="58"/>
        <source>Track record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="58"/>
        <source>Rekam jejak: a disqualifying sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="59"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="68"/>
        <source>9-box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="70"/>
        <source>Succession pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="95"/>
        <source>Computing the talent map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="112"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="146"/>
        <source>Thresholds (Settings): performance above ≥ %1, meets ≥ %2 (SKP %3–%4); potential high ≥ %5, middle ≥ %6. Percentages are shares of the employees placed in a box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="194"/>
        <source>%1 (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="206"/>
        <source>Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="212"/>
        <source>no performance rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="214"/>
        <source>no competency standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/talent/TalentPage.cpp" line="216"/>
        <source>%n competency(ies) not assessed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="224"/>
        <source>Employees without a talent box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="224"/>
        <source>Talent box %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="225"/>
        <source>talent-unplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="225"/>
        <source>talent-box-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.h" line="26"/>
        <source>Talent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>karsa::ui::UnitTreeModel</name>
    <message>
        <location filename="../../ui/positions/UnitTreeModel.cpp" line="161"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
