// SPDX-License-Identifier: MIT
#include "gui/dialogs/sensitivitydialog.h"

#include <variant>

#include <QDialogButtonBox>
#include <QVBoxLayout>

#include "core/decision/sensitivity.h"
#include "gui/textutil.h"
#include "gui/views/sensitivityview.h"

namespace ms::gui {

SensitivityDialog::SensitivityDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sensitivityDialog"));
    setWindowTitle(tr("How Sure Is the Ranking?"));
    setModal(false);
    resize(860, 720);
    auto* layout = new QVBoxLayout(this);
    m_view = new SensitivityView(this);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
}

void SensitivityDialog::analyse(const ms::Catalog* catalog, const ms::Scenario& scenario)
{
    if (catalog == nullptr) {
        m_view->showMessage(tr("No catalog is loaded."));
        return;
    }
    auto result = ms::analyseSensitivity(*catalog, scenario);
    if (auto* report = std::get_if<ms::SensitivityReport>(&result))
        m_view->setReport(*catalog, *report);
    else
        m_view->showMessage(tr("No analysis: %1").arg(qs(std::get<ms::RankingError>(result).message)));
}

} // namespace ms::gui
