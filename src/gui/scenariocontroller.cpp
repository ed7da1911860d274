// SPDX-License-Identifier: MIT
#include "gui/scenariocontroller.h"

#include <algorithm>

#include <QComboBox>
#include <QSignalBlocker>

#include "core/decision/ranking.h"
#include "gui/constraintseditor.h"
#include "gui/language.h"
#include "gui/textutil.h"
#include "gui/usageeditor.h"
#include "gui/weightspanel.h"

namespace ms::gui {

namespace {

constexpr int KindRole = Qt::UserRole + 1;

void addChoice(QComboBox* box, const QString& label, int value, const std::string& description, const QString& more)
{
    box->addItem(label, value);
    QString tip = qs(description);
    if (!tip.isEmpty())
        tip[0] = tip[0].toUpper();
    if (!more.isEmpty())
        tip += QStringLiteral(". ") + more;
    box->setItemData(box->count() - 1, plainToolTip(tip), Qt::ToolTipRole);
}

void selectData(QComboBox* box, int value)
{
    const QSignalBlocker blocker(box);
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

ScenarioController::ScenarioController(const Editors& editors, QObject* parent)
    : QObject(parent)
    , m_editors(editors)
{
    populateAdvancedBoxes();
    connect(m_editors.profileBox, &QComboBox::activated, this, &ScenarioController::onProfileActivated);
    connect(m_editors.weights, &WeightsPanel::weightsChanged, this, &ScenarioController::onWeightsEdited);
    for (QComboBox* box : {m_editors.methodBox, m_editors.normalisationBox, m_editors.missingBox})
        connect(box, &QComboBox::currentIndexChanged, this, &ScenarioController::onAdvancedEdited);
    connect(m_editors.constraints, &ConstraintsEditor::addRequested, this, &ScenarioController::onConstraintAdded);
    connect(m_editors.constraints, &ConstraintsEditor::removeRequested, this, &ScenarioController::onConstraintRemoved);
    connect(m_editors.usage, &UsageEditor::usageChanged, this, &ScenarioController::onUsageEdited);
    setCatalog(nullptr);
}

void ScenarioController::populateAdvancedBoxes()
{
    QComboBox* method = m_editors.methodBox;
    const QSignalBlocker methodBlocker(method);
    method->clear();
    addChoice(method, tr("Weighted sum (WSM)"), static_cast<int>(ms::Method::WeightedSum),
              describeInUi(ms::Method::WeightedSum), tr("Adds up weight × how good each fact is; the default"));
    addChoice(method, tr("Weighted product (WPM)"), static_cast<int>(ms::Method::WeightedProduct),
              describeInUi(ms::Method::WeightedProduct), tr("Multiplies the facts, so one weak spot weighs more"));
    addChoice(method, tr("Closest to the ideal (TOPSIS)"), static_cast<int>(ms::Method::Topsis),
              describeInUi(ms::Method::Topsis), tr("Near the best possible and far from the worst"));

    QComboBox* normalisation = m_editors.normalisationBox;
    const QSignalBlocker normalisationBlocker(normalisation);
    normalisation->clear();
    const QString setDependent = tr("Depends on the alternatives ranked: a must-have can reorder the others");
    addChoice(normalisation, tr("Fixed bounds (catalog scale)"), static_cast<int>(ms::Normalisation::FixedBounds),
              describeInUi(ms::Normalisation::FixedBounds), tr("Adding or filtering options never reorders the others; the default"));
    addChoice(normalisation, tr("Min–max"), static_cast<int>(ms::Normalisation::MinMax),
              describeInUi(ms::Normalisation::MinMax), setDependent);
    addChoice(normalisation, tr("Divide by the maximum"), static_cast<int>(ms::Normalisation::Max),
              describeInUi(ms::Normalisation::Max), setDependent);
    addChoice(normalisation, tr("Divide by the sum"), static_cast<int>(ms::Normalisation::Sum),
              describeInUi(ms::Normalisation::Sum), setDependent);
    addChoice(normalisation, tr("Vector (Euclidean)"), static_cast<int>(ms::Normalisation::Vector),
              describeInUi(ms::Normalisation::Vector), setDependent);
    addChoice(normalisation, tr("Raw values"), static_cast<int>(ms::Normalisation::None),
              describeInUi(ms::Normalisation::None), tr("As in textbook examples; scores are not on a 0–100 scale"));

    QComboBox* missing = m_editors.missingBox;
    const QSignalBlocker missingBlocker(missing);
    missing->clear();
    addChoice(missing, tr("Pessimistic: assume the worst"), static_cast<int>(ms::MissingPolicy::Pessimistic),
              describeInUi(ms::MissingPolicy::Pessimistic), tr("The default: an unknown never helps"));
    addChoice(missing, tr("Optimistic: assume the best"), static_cast<int>(ms::MissingPolicy::Optimistic),
              describeInUi(ms::MissingPolicy::Optimistic), QString());
    addChoice(missing, tr("Midpoint: halfway"), static_cast<int>(ms::MissingPolicy::Midpoint),
              describeInUi(ms::MissingPolicy::Midpoint), QString());
}

void ScenarioController::setCatalog(const ms::Catalog* catalog)
{
    m_catalog = catalog;
    m_editors.weights->setCatalog(catalog);
    m_editors.constraints->setCatalog(catalog);

    QComboBox* box = m_editors.profileBox;
    const QSignalBlocker blocker(box);
    box->clear();
    box->setEnabled(catalog != nullptr);
    ms::Scenario scenario;
    if (catalog != nullptr) {
        for (const ms::Profile& profile : catalog->profiles) {
            box->addItem(qs(profile.label.get(catalogLanguage())), qs(profile.id));
            const int index = box->count() - 1;
            box->setItemData(index, ProfileEntry, KindRole);
            box->setItemData(index, plainToolTip(qs(profile.description.get(catalogLanguage()))), Qt::ToolTipRole);
        }
        box->addItem(tr("Equal weights"));
        box->setItemData(box->count() - 1, EqualEntry, KindRole);
        box->setItemData(box->count() - 1, tr("Every criterion counts the same"), Qt::ToolTipRole);
        if (!catalog->profiles.empty())
            scenario = catalog->profiles.front().scenario;
        else
            scenario.weights = ms::equalWeights(*catalog);
    }
    setScenario(scenario);
}

void ScenarioController::setScenario(const ms::Scenario& scenario)
{
    m_scenario = scenario;
    showInEditors();
    selectEntryForScenario();
}

void ScenarioController::showWeights()
{
    m_editors.weights->setWeights(m_scenario.weights);
    m_panelWeights = m_editors.weights->weights();
}

bool ScenarioController::adoptPanelWeights()
{
    const ms::Weights shown = m_editors.weights->weights();
    if (shown == m_panelWeights)
        return false;
    m_panelWeights = shown;
    m_scenario.weights = shown;
    m_scenario.profile.clear();
    selectCustomEntry();
    updateProfileToolTip();
    return true;
}

void ScenarioController::showInEditors()
{
    showWeights();
    selectData(m_editors.methodBox, static_cast<int>(m_scenario.method));
    selectData(m_editors.normalisationBox, static_cast<int>(m_scenario.normalisation));
    selectData(m_editors.missingBox, static_cast<int>(m_scenario.missing));
    m_editors.constraints->setConstraints(m_scenario.constraints);
    m_editors.usage->setUsage(m_scenario.usage);
}

void ScenarioController::selectEntryForScenario()
{
    QComboBox* box = m_editors.profileBox;
    const QSignalBlocker blocker(box);
    if (m_catalog == nullptr)
        return;
    if (!m_scenario.profile.empty()) {
        const ms::Profile* profile = m_catalog->profile(m_scenario.profile);
        const int index = box->findData(qs(m_scenario.profile));
        if (profile != nullptr && index >= 0 && profile->scenario == m_scenario) {
            box->setCurrentIndex(index);
            removeCustomEntry();
            updateProfileToolTip();
            return;
        }
        m_scenario.profile.clear(); // not that profile any more
    }
    if (m_scenario.weights == ms::equalWeights(*m_catalog)) {
        box->setCurrentIndex(box->findData(EqualEntry, KindRole));
        removeCustomEntry();
    } else {
        selectCustomEntry();
    }
    updateProfileToolTip();
}

bool ScenarioController::applyProfile(const QString& profileId)
{
    QComboBox* box = m_editors.profileBox;
    const int index = box->findData(profileId);
    if (index < 0 || box->itemData(index, KindRole).toInt() != ProfileEntry)
        return false;
    box->setCurrentIndex(index);
    onProfileActivated(index);
    return true;
}

void ScenarioController::setWeights(const ms::Weights& weights)
{
    m_scenario.weights = weights;
    m_scenario.profile.clear();
    showWeights();
    selectEntryForScenario();
    Q_EMIT scenarioChanged();
}

QString ScenarioController::profileLabel() const
{
    return m_editors.profileBox->currentText();
}

void ScenarioController::onProfileActivated(int index)
{
    if (m_catalog == nullptr || index < 0)
        return;
    QComboBox* box = m_editors.profileBox;
    const int kind = box->itemData(index, KindRole).toInt();
    if (kind == CustomEntry)
        return; // "Custom" is what the editors show already
    if (kind == EqualEntry) {
        // A weights preset: the method, must-haves and usage stay as they are.
        m_scenario.weights = ms::equalWeights(*m_catalog);
        m_scenario.profile.clear();
        showWeights();
    } else {
        const ms::Profile* profile = m_catalog->profile(box->itemData(index).toString().toStdString());
        if (profile == nullptr)
            return;
        m_scenario = profile->scenario; // the whole scenario, not only its weights
        m_scenario.profile = profile->id;
        showInEditors();
    }
    removeCustomEntry();
    updateProfileToolTip();
    Q_EMIT scenarioChanged();
}

void ScenarioController::onWeightsEdited()
{
    m_scenario.weights = m_editors.weights->weights();
    m_panelWeights = m_scenario.weights;
    m_scenario.profile.clear();
    selectCustomEntry();
    updateProfileToolTip();
    Q_EMIT scenarioChanged();
}

void ScenarioController::onAdvancedEdited()
{
    m_scenario.method = static_cast<ms::Method>(m_editors.methodBox->currentData().toInt());
    m_scenario.normalisation = static_cast<ms::Normalisation>(m_editors.normalisationBox->currentData().toInt());
    m_scenario.missing = static_cast<ms::MissingPolicy>(m_editors.missingBox->currentData().toInt());
    leaveProfile();
    Q_EMIT scenarioChanged();
}

void ScenarioController::onConstraintAdded(const ms::Constraint& constraint)
{
    if (std::find(m_scenario.constraints.begin(), m_scenario.constraints.end(), constraint)
        != m_scenario.constraints.end()) {
        m_editors.constraints->setMessage(tr("That is a must-have already."));
        return;
    }
    m_scenario.constraints.push_back(constraint);
    m_editors.constraints->setConstraints(m_scenario.constraints);
    leaveProfile();
    Q_EMIT scenarioChanged();
}

void ScenarioController::onConstraintRemoved(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_scenario.constraints.size())
        return;
    m_scenario.constraints.erase(m_scenario.constraints.begin() + index);
    m_editors.constraints->setConstraints(m_scenario.constraints);
    leaveProfile();
    Q_EMIT scenarioChanged();
}

void ScenarioController::onUsageEdited()
{
    m_scenario.usage = m_editors.usage->usage();
    leaveProfile();
    Q_EMIT scenarioChanged();
}

void ScenarioController::leaveProfile()
{
    // "Equal weights" names the weights only, so it stays; a profile names everything.
    if (m_scenario.profile.empty())
        return;
    m_scenario.profile.clear();
    selectCustomEntry();
    updateProfileToolTip();
}

void ScenarioController::selectCustomEntry()
{
    QComboBox* box = m_editors.profileBox;
    const QSignalBlocker blocker(box);
    int custom = box->findData(CustomEntry, KindRole);
    if (custom < 0) {
        box->addItem(tr("Custom"));
        custom = box->count() - 1;
        box->setItemData(custom, CustomEntry, KindRole);
        box->setItemData(custom, tr("Settings chosen by hand"), Qt::ToolTipRole);
    }
    box->setCurrentIndex(custom);
}

void ScenarioController::removeCustomEntry()
{
    QComboBox* box = m_editors.profileBox;
    const QSignalBlocker blocker(box);
    const int custom = box->findData(CustomEntry, KindRole);
    if (custom >= 0 && custom != box->currentIndex())
        box->removeItem(custom);
}

void ScenarioController::updateProfileToolTip()
{
    QComboBox* box = m_editors.profileBox;
    QString description;
    if (m_catalog != nullptr && box->currentData(KindRole).toInt() == ProfileEntry) {
        if (const ms::Profile* profile = m_catalog->profile(box->currentData().toString().toStdString()))
            description = qs(profile->description.get(catalogLanguage()));
    }
    const int kind = box->currentData(KindRole).toInt();
    QString tip = description;
    if (tip.isEmpty())
        tip = kind == CustomEntry ? tr("Settings chosen by hand") : tr("Set every weight, the method and the must-haves from a profile shipped with the catalog");
    // The profile's reasoning can be a paragraph: keep it in the tooltip, out of the way.
    box->setToolTip(plainToolTip(tip));
    box->setAccessibleDescription(description);
}

} // namespace ms::gui
