// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include "core/catalog/catalog.h"
#include "core/scenario/scenario.h"

class QComboBox;

namespace ms::gui {

class ConstraintsEditor;
class UsageEditor;
class WeightsPanel;

/** Holds the window's `ms::Scenario` and keeps its editors in step with it: the profile
 *  box, the weight sliders, the method / normalisation / missing-fact boxes, the
 *  must-haves and the usage inputs.
 *
 *  Picking a catalog profile applies its whole scenario (weights, method, normalisation,
 *  policy, constraints, usage). Any edit by the user changes the scenario and emits
 *  `scenarioChanged` at once (no timer); an edit to a profile's settings shows the
 *  profile box as "Custom" and clears `Scenario::profile`. Setting the scenario from
 *  code (`setCatalog`, `setScenario`) emits nothing. It never ranks. */
class ScenarioController : public QObject
{
    Q_OBJECT

public:
    struct Editors {
        QComboBox* profileBox = nullptr;
        WeightsPanel* weights = nullptr;
        QComboBox* methodBox = nullptr;
        QComboBox* normalisationBox = nullptr;
        QComboBox* missingBox = nullptr;
        ConstraintsEditor* constraints = nullptr;
        UsageEditor* usage = nullptr;
    };

    explicit ScenarioController(const Editors& editors, QObject* parent = nullptr);

    /** Points every editor at `catalog` (may be nullptr) and applies its first profile,
     *  or equal weights when it has none. The catalog is borrowed. Emits nothing. */
    void setCatalog(const ms::Catalog* catalog);

    [[nodiscard]] const ms::Scenario& scenario() const { return m_scenario; }
    /** Shows `scenario` in every editor; the profile box shows its profile when the
     *  scenario is exactly that profile's, "Equal weights" or "Custom" otherwise. Emits nothing. */
    void setScenario(const ms::Scenario& scenario);
    /** Applies catalog profile `profileId` as if picked in the box; false if there is none. */
    bool applyProfile(const QString& profileId);
    /** Sets the weights as if the user had moved the sliders (e.g. from a weighting dialog). */
    void setWeights(const ms::Weights& weights);
    /** Takes the sliders' weights when they were moved without the panel telling (its
     *  signals blocked, e.g. by a weighting dialog); returns whether they had. Emits nothing. */
    bool adoptPanelWeights();
    /** The profile box's current entry, e.g. "Quota first", "Equal weights" or "Custom". */
    [[nodiscard]] QString profileLabel() const;

Q_SIGNALS:
    /** The user changed the scenario. */
    void scenarioChanged();

private:
    enum EntryKind { ProfileEntry, EqualEntry, CustomEntry };

    void populateAdvancedBoxes();
    void showInEditors();
    void selectEntryForScenario();
    void selectCustomEntry();
    void removeCustomEntry();
    void onProfileActivated(int index);
    void onWeightsEdited();
    void onAdvancedEdited();
    void onConstraintAdded(const ms::Constraint& constraint);
    void onConstraintRemoved(int index);
    void onUsageEdited();
    /** After an edit of anything but the weights: a profile is no longer what is shown. */
    void leaveProfile();
    void updateProfileToolTip();
    void showWeights();

    Editors m_editors;
    const ms::Catalog* m_catalog = nullptr;
    ms::Scenario m_scenario;
    ms::Weights m_panelWeights; ///< what the weights panel returned when last in step
};

} // namespace ms::gui
