// SPDX-License-Identifier: MIT
#include "gui/reportexport.h"

#include <string>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include "core/report/renderers.h"
#include "gui/guisettings.h"

namespace ms::gui {

namespace {

/** The translation context of this file's strings. */
struct ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ms::gui::ReportExport)
};

} // namespace

QString reportFormatKey(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Html: return QStringLiteral("html");
    case ReportFormat::Markdown: return QStringLiteral("md");
    case ReportFormat::Csv: return QStringLiteral("csv");
    case ReportFormat::Json: return QStringLiteral("json");
    }
    return QStringLiteral("pdf");
}

std::optional<ReportFormat> reportFormatFromKey(const QString& key)
{
    for (const ReportFormat format : AllReportFormats) {
        if (reportFormatKey(format) == key)
            return format;
    }
    return std::nullopt;
}

QString reportSuffix(ReportFormat format)
{
    return reportFormatKey(format);
}

QString reportFormatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return ReportExport::tr("PDF document");
    case ReportFormat::Html: return ReportExport::tr("HTML page");
    case ReportFormat::Markdown: return ReportExport::tr("Markdown");
    case ReportFormat::Csv: return ReportExport::tr("CSV table (ranking only)");
    case ReportFormat::Json: return ReportExport::tr("JSON data");
    }
    return {};
}

QString reportFileFilter(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return ReportExport::tr("PDF documents (*.pdf)");
    case ReportFormat::Html: return ReportExport::tr("HTML pages (*.html *.htm)");
    case ReportFormat::Markdown:
        return ReportExport::tr("Markdown files (*.md *.markdown)");
    case ReportFormat::Csv: return ReportExport::tr("CSV files (*.csv)");
    case ReportFormat::Json: return ReportExport::tr("JSON files (*.json)");
    }
    return {};
}

QString withReportSuffix(const QString& path, ReportFormat format)
{
    QStringList accepted{QLatin1Char('.') + reportSuffix(format)};
    if (format == ReportFormat::Html)
        accepted << QStringLiteral(".htm");
    if (format == ReportFormat::Markdown)
        accepted << QStringLiteral(".markdown");
    for (const QString& suffix : accepted) {
        if (path.endsWith(suffix, Qt::CaseInsensitive))
            return path;
    }
    return path + QLatin1Char('.') + reportSuffix(format);
}

QString paperKey(ms::PaperSize paper)
{
    return paper == ms::PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

ms::PaperSize paperFromKey(const QString& key)
{
    return key == QLatin1String("letter") ? ms::PaperSize::Letter : ms::PaperSize::A4;
}

QString defaultReportLanguage()
{
    return QLocale().language() == QLocale::Turkish ? QStringLiteral("tr") : QStringLiteral("en");
}

ReportExportOptions rememberedExportOptions(const QString& defaultLanguage)
{
    ReportExportOptions options;
    options.format = reportFormatFromKey(settings::reportFormat.value()).value_or(ReportFormat::Pdf);
    const QString language = settings::reportLanguage.value();
    options.language = (language == QLatin1String("en") || language == QLatin1String("tr")) ? language
        : (defaultLanguage == QLatin1String("tr"))                                             ? QStringLiteral("tr")
                                                                                               : QStringLiteral("en");
    options.paper = paperFromKey(settings::reportPaper.value());
    const int topN = settings::reportTopN.value(options.topN);
    if (topN >= 1 && topN <= MaxReportTopN)
        options.topN = topN;
    return options;
}

void rememberExportOptions(const ReportExportOptions& options)
{
    settings::reportFormat.setValue(reportFormatKey(options.format));
    settings::reportLanguage.setValue(options.language);
    settings::reportPaper.setValue(paperKey(options.paper));
    settings::reportTopN.setValue(options.topN);
}

QString writeReportFile(const ms::Report& report, const QString& path, const ReportExportOptions& options)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return ReportExport::tr("No file name was given.");
    if (options.format == ReportFormat::Pdf) {
        ms::PdfOptions pdf;
        pdf.paper = options.paper;
        const std::string error = ms::writeReportPdf(report, path.toStdString(), pdf);
        return error.empty() ? QString() : QString::fromStdString(error);
    }
    std::string text;
    switch (options.format) {
    case ReportFormat::Html: text = ms::renderHtml(report); break;
    case ReportFormat::Markdown: text = ms::renderMarkdown(report); break;
    case ReportFormat::Csv: text = ms::renderCsv(report); break;
    case ReportFormat::Json: text = ms::renderJson(report); break;
    case ReportFormat::Pdf: break;
    }
    QSaveFile file(QFileInfo(path).absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return ReportExport::tr("Could not write %1: %2").arg(shown, file.errorString());
    const auto size = static_cast<qint64>(text.size());
    if (file.write(text.data(), size) != size) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ReportExport::tr("Could not write %1: %2").arg(shown, reason);
    }
    if (!file.commit())
        return ReportExport::tr("Could not write %1: %2").arg(shown, file.errorString());
    return {};
}

} // namespace ms::gui
