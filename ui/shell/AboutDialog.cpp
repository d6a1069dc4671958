#include "AboutDialog.h"

#include "common/AppIcon.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

namespace karsa::ui {

QString AboutDialog::version()
{
    return QStringLiteral(KARSA_VERSION);
}

QString AboutDialog::licenceId()
{
    return QStringLiteral("GPL-3.0-or-later");
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Karsa"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto* icon = new QLabel;
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_title = new QLabel(tr("<h2>Karsa %1</h2>").arg(version()));
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_description = new QLabel(tr("Competency-based career management for the civil servants (ASN) of Kota Surabaya: "
                                  "competency standards, gaps and Job Person Match, development, 360° evaluation, "
                                  "the talent 9-box and placement. Works offline on one office PC."));
    m_description->setObjectName(QStringLiteral("aboutDescription"));
    m_description->setWordWrap(true);
    m_licence = new QLabel(tr("<p>Copyright © 2026 Tim Karsa, BKPSDM Kota Surabaya.</p>"
                              "<p>Licence: GNU General Public License, version 3 or (at your option) any later "
                              "version (%1). Karsa comes with ABSOLUTELY NO WARRANTY. You may share and change it "
                              "under the terms of that licence. Its full text comes with Karsa (the LICENSE file; on "
                              "Debian /usr/share/common-licenses/GPL-3) and is at https://www.gnu.org/licenses/.</p>")
                               .arg(licenceId()));
    m_licence->setObjectName(QStringLiteral("aboutLicence"));
    m_licence->setWordWrap(true);
    auto* builtWith = new QLabel(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    builtWith->setObjectName(QStringLiteral("aboutQt"));
    for (QLabel* label : {m_title, m_description, m_licence, builtWith})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_description);
    text->addWidget(m_licence);
    text->addWidget(builtWith);
    text->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace karsa::ui
