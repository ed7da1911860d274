// SPDX-License-Identifier: MIT
#include "gui/dialogs/aboutdialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/catalog/catalog.h"
#include "gui/textutil.h"

namespace ms::gui {

namespace {

QPlainTextEdit* readOnlyText(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setPlainText(text);
    edit->setAccessibleName(accessibleName);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}

/** A label that shows `text` literally, wrapped (textutil's plainLabel). */
QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    QLabel* label = plainLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const ms::Catalog* catalog, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About ModelScout"));

    auto* layout = new QVBoxLayout(this);

    // Header: the icon, the name and the version.
    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/modelscout.svg")).pixmap(QSize(56, 56), devicePixelRatioF()));
    icon->setAccessibleName(tr("ModelScout icon"));
    header->addWidget(icon, 0, Qt::AlignTop);
    const QString version = QCoreApplication::applicationVersion();
    auto* name = wrappedLabel(version.isEmpty() ? tr("ModelScout") : tr("ModelScout %1").arg(version), this);
    name->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = name->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    name->setFont(titleFont);
    auto* titles = new QVBoxLayout;
    titles->addWidget(name);
    titles->addWidget(wrappedLabel(tr("Choose the AI behind your mod's characters."), this));
    titles->addStretch(1);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    layout->addWidget(m_tabs, 1);

    // What it does.
    auto* aboutPage = new QWidget(m_tabs);
    auto* aboutLayout = new QVBoxLayout(aboutPage);
    auto* description = wrappedLabel(
        tr("Helps you choose the AI behind your mod's characters: a local open model, an online model API or a "
           "hosted character service.\n\n"
           "It ranks the alternatives of a catalog on the criteria you care about (weighted sum, weighted product "
           "or TOPSIS), leaves out those that miss your must-haves, projects monthly costs from your mod's usage, "
           "shows where every fact comes from, and explains each score.\n\n"
           "The catalog's facts are the editors' reading of public sources as of the date it shows; check the "
           "vendors' pages before you commit to one."),
        aboutPage);
    description->setObjectName(QStringLiteral("aboutDescription"));
    aboutLayout->addWidget(description);
    aboutLayout->addStretch(1);
    m_tabs->addTab(aboutPage, tr("&ModelScout"));

    // The catalog and its sources (untrusted text: plain only).
    QStringList lines;
    if (catalog == nullptr) {
        lines << tr("No catalog is loaded.");
    } else {
        lines << tr("Catalog: %1").arg(qs(catalog->title));
        if (!catalog->version.empty())
            lines << tr("Version: %1").arg(qs(catalog->version));
        if (!catalog->asOf.empty())
            lines << tr("Facts as of: %1").arg(qs(catalog->asOf));
        const QLocale locale;
        lines << tr("Alternatives: %1 · criteria: %2")
                     .arg(locale.toString(static_cast<qulonglong>(catalog->alternatives.size())),
                          locale.toString(static_cast<qulonglong>(catalog->criteria.size())));
        lines << QString();
        lines << (catalog->sources.empty() ? tr("The catalog cites no sources.")
                                           : tr("Sources (%1):").arg(QLocale().toString(
                                                 static_cast<qulonglong>(catalog->sources.size()))));
        for (const ms::Source& source : catalog->sources) {
            QString entry = QStringLiteral("• ") + qs(source.title);
            if (!source.date.empty())
                entry += QStringLiteral(" (") + qs(source.date) + QLatin1Char(')');
            lines << entry;
            if (!source.url.empty())
                lines << QStringLiteral("  ") + qs(source.url);
        }
    }
    m_catalogText = readOnlyText(lines.join(QLatin1Char('\n')), tr("Catalog and its sources"), m_tabs);
    m_catalogText->setObjectName(QStringLiteral("aboutCatalogText"));
    m_tabs->addTab(m_catalogText, tr("&Catalog and sources"));

    // Licences.
    QString licences = ownLicenceText().trimmed();
    licences += QStringLiteral("\n\n") + thirdPartyText();
    m_licenceText = readOnlyText(licences, tr("Licences"), m_tabs);
    m_licenceText->setObjectName(QStringLiteral("aboutLicenceText"));
    m_tabs->addTab(m_licenceText, tr("&Licences"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    aboutQt->setToolTip(tr("The version and licence of the Qt toolkit"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    // HelpRole buttons do not close the dialog; Close rejects it.
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    resize(620, 500);
}

QString AboutDialog::catalogText() const
{
    return m_catalogText->toPlainText();
}

QString AboutDialog::licenceText() const
{
    return m_licenceText->toPlainText();
}

QString AboutDialog::ownLicenceText()
{
    QFile file(QStringLiteral(":/licence/LICENSE"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("ModelScout is free software under the MIT licence.");
    return QString::fromUtf8(file.readAll());
}

QString AboutDialog::thirdPartyText()
{
    QStringList lines;
    lines << tr("ModelScout uses these libraries, each under its own licence:") << QString();
    lines << tr("• Qt 6 (Core, GUI, Widgets, Print Support, SVG) — GNU LGPL version 3. https://www.qt.io/");
    lines << tr("• Qt Charts 6 — GNU GPL version 3 (the licence of Qt Charts' open-source edition).");
    lines << tr("• JSON for Modern C++ (nlohmann/json) — MIT licence. https://github.com/nlohmann/json");
    lines << tr("• spdlog — MIT licence, with the {fmt} library — MIT licence. https://github.com/gabime/spdlog");
    lines << tr("• CLI11 (command line only) — BSD 3-clause licence. https://github.com/CLIUtils/CLI11");
    lines << tr("• libcurl — the curl licence (MIT/X style). https://curl.se/");
    lines << tr("• DejaVu fonts, embedded in PDF reports — the Bitstream Vera and DejaVu font licence. "
                "https://dejavu-fonts.github.io/");
    lines << QString();
    lines << tr("GoogleTest and Google Benchmark (BSD 3-clause licence) test and measure ModelScout; they are "
                "not shipped with it.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace ms::gui
