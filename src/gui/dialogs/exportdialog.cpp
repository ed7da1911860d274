// SPDX-License-Identifier: MIT
#include "gui/dialogs/exportdialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QSpinBox>

#include "ui_exportdialog.h"

namespace ms::gui {

ExportDialog::ExportDialog(const ReportExportOptions& options, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("exportDialog"));
    for (const ReportFormat format : AllReportFormats)
        m_ui->formatBox->addItem(reportFormatName(format), reportFormatKey(format));
    // The languages are named in their own language, as language menus do.
    m_ui->languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageBox->addItem(QStringLiteral("Türkçe"), QStringLiteral("tr"));
    m_ui->paperBox->addItem(tr("A4 (210 × 297 mm)"), paperKey(ms::PaperSize::A4));
    m_ui->paperBox->addItem(tr("US Letter (8.5 × 11 in)"), paperKey(ms::PaperSize::Letter));
    m_ui->topNSpin->setRange(1, MaxReportTopN);
    auto updateSuffix = [this](int value) {
        m_ui->topNSpin->setSuffix(value == 1 ? tr(" alternative") : tr(" alternatives"));
    };
    connect(m_ui->topNSpin, &QSpinBox::valueChanged, this, updateSuffix);
    if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok)) {
        ok->setText(tr("&Export…"));
        ok->setToolTip(tr("Choose where to save the report"));
    }
    connect(m_ui->formatBox, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    setOptions(options);
    updateSuffix(m_ui->topNSpin->value());
}

ExportDialog::~ExportDialog() = default;

ReportExportOptions ExportDialog::options() const
{
    ReportExportOptions options;
    options.format = reportFormatFromKey(m_ui->formatBox->currentData().toString()).value_or(ReportFormat::Pdf);
    options.language = m_ui->languageBox->currentData().toString();
    options.paper = paperFromKey(m_ui->paperBox->currentData().toString());
    options.topN = m_ui->topNSpin->value();
    return options;
}

void ExportDialog::setOptions(const ReportExportOptions& options)
{
    auto select = [](QComboBox* box, const QString& key) {
        const int index = box->findData(key);
        box->setCurrentIndex(index >= 0 ? index : 0);
    };
    select(m_ui->formatBox, reportFormatKey(options.format));
    select(m_ui->languageBox, options.language);
    select(m_ui->paperBox, paperKey(options.paper));
    m_ui->topNSpin->setValue(options.topN);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const bool pdf = options().format == ReportFormat::Pdf;
    m_ui->paperBox->setEnabled(pdf);
    m_ui->paperLabel->setEnabled(pdf);
}

} // namespace ms::gui
