// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "core/catalog/catalog.h"
#include "core/scenario/scenario.h"

namespace ms::gui {

class SensitivityView;

/** A non-modal window around SensitivityView. `analyse` asks the core for the
 *  sensitivity report of `scenario` (ms::analyseSensitivity) and shows it, or the
 *  reason there is none; call it whenever the weights change. */
class SensitivityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SensitivityDialog(QWidget* parent = nullptr);

    /** Analyses `scenario` on `catalog` (nullptr: shows that nothing is loaded). */
    void analyse(const ms::Catalog* catalog, const ms::Scenario& scenario);

    [[nodiscard]] SensitivityView* view() const { return m_view; }

private:
    SensitivityView* m_view = nullptr;
};

} // namespace ms::gui
