// SPDX-License-Identifier: MIT
#include "gui/dialogs/importreportdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "gui/textutil.h"

namespace ms::gui {

ImportReportDialog::ImportReportDialog(
    const QString& summary, const std::vector<ms::Diagnostic>& diagnostics, bool failed, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(failed ? tr("Import Failed") : tr("Import Finished"));
    resize(760, 420);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(summary);
    layout->addWidget(m_summary);

    auto* caption
        = new QLabel(diagnostics.empty() ? tr("The importer had nothing to report.")
                                         : tr("What the importer reported (%1):")
                                               .arg(QLocale().toString(static_cast<qulonglong>(diagnostics.size()))),
            this);
    caption->setTextFormat(Qt::PlainText);
    layout->addWidget(caption);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("importDiagnosticsList"));
    m_list->setAccessibleName(tr("Import warnings and errors"));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const ms::Diagnostic& d : diagnostics) {
        const QString text = qs(d.toString());
        auto* item = new QListWidgetItem(d.severity == ms::Severity::Error ? errorIcon : warningIcon, text, m_list);
        item->setToolTip(plainToolTip(text));
    }
    m_list->setVisible(!diagnostics.empty());
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (!diagnostics.empty()) {
        QPushButton* copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
        copy->setToolTip(tr("Copy every line to the clipboard"));
        connect(copy, &QPushButton::clicked, this, [this] {
            QStringList lines;
            for (int i = 0; i < m_list->count(); ++i)
                lines << m_list->item(i)->text();
            QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace ms::gui
