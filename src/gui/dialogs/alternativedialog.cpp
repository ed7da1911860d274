// SPDX-License-Identifier: MIT
#include "gui/dialogs/alternativedialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "gui/dialogs/factdialog.h"
#include "gui/factvalueeditor.h"
#include "gui/language.h"
#include "gui/textutil.h"

#include "ui_alternativedialog.h"

namespace ms::gui {

AlternativeDialog::AlternativeDialog(const ms::Catalog& base, const ms::Catalog& merged,
    std::vector<ms::Override> overrides, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AlternativeDialog>())
    , m_base(base)
    , m_merged(merged)
    , m_overrides(std::move(overrides))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("alternativeDialog"));
    for (const char* kind : { "local_model", "online_api", "character_service" })
        m_ui->kindBox->addItem(qs(ms::kindLabel(kind, catalogLanguage())), QString::fromLatin1(kind));
    for (const ms::Criterion& criterion : m_base.criteria) {
        m_ui->criterionBox->addItem(qs(criterion.label.get(catalogLanguage())), qs(criterion.id));
        m_ui->criterionBox->setItemData(m_ui->criterionBox->count() - 1,
            plainToolTip(qs(criterion.description.get(catalogLanguage()))), Qt::ToolTipRole);
    }
    m_ui->asOfEdit->setText((today.isValid() ? today : QDate::currentDate()).toString(Qt::ISODate));
    for (QLabel* label : { m_ui->idError, m_ui->valueError, m_ui->asOfError, m_ui->generalError })
        showFieldError(label, {});

    auto criterionChanged = [this] {
        if (const ms::Criterion* criterion
            = m_base.criterion(m_ui->criterionBox->currentData().toString().toStdString())) {
            m_ui->valueEditor->setCriterion(*criterion);
            m_ui->valueEditor->setValue(criterion->type == ms::CriterionType::Boolean ? ms::FactValue::ofBool(true)
                    : criterion->type == ms::CriterionType::Ordinal && !criterion->levels.empty()
                    ? ms::FactValue::ofText(criterion->levels.front())
                    : ms::FactValue::ofText(""));
        }
        revalidate();
    };
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this](const QString& name) {
        if (!m_idEdited) {
            const QSignalBlocker blocker(m_ui->idEdit);
            m_ui->idEdit->setText(QString::fromStdString(suggestedId(name)));
        }
        revalidate();
    });
    connect(m_ui->idEdit, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_ui->idEdit, &QLineEdit::textChanged, this, &AlternativeDialog::revalidate);
    connect(m_ui->kindBox, &QComboBox::currentIndexChanged, this, &AlternativeDialog::revalidate);
    connect(m_ui->criterionBox, &QComboBox::currentIndexChanged, this, criterionChanged);
    connect(m_ui->valueEditor, &FactValueEditor::valueEdited, this, &AlternativeDialog::revalidate);
    connect(m_ui->asOfEdit, &QLineEdit::textChanged, this, &AlternativeDialog::revalidate);
    connect(m_ui->noteEdit, &QLineEdit::textChanged, this, &AlternativeDialog::revalidate);
    criterionChanged();
}

AlternativeDialog::~AlternativeDialog() = default;

std::string AlternativeDialog::suggestedId(const QString& name) const
{
    std::string id;
    for (const QChar c : name.toLower()) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_' || u == '.')
            id += static_cast<char>(u);
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    if (id.size() > 48)
        id.resize(48);
    if (id.empty())
        return {};
    auto taken = [this](const std::string& candidate) {
        if (m_merged.alternative(candidate) != nullptr || m_base.alternative(candidate) != nullptr)
            return true;
        for (const ms::Override& o : m_overrides) {
            if (o.alternative == candidate)
                return true;
        }
        return false;
    };
    std::string candidate = id;
    for (int n = 2; taken(candidate); ++n)
        candidate = id + "-" + std::to_string(n);
    return candidate;
}

std::string AlternativeDialog::alternativeId() const
{
    return m_ui->idEdit->text().trimmed().toStdString();
}

ms::Override AlternativeDialog::editedOverride() const
{
    ms::Override entry;
    entry.alternative = alternativeId();
    entry.name = m_ui->nameEdit->text().trimmed().toStdString();
    entry.kind = m_ui->kindBox->currentData().toString().toStdString();
    entry.criterion = m_ui->criterionBox->currentData().toString().toStdString();
    if (auto value = m_ui->valueEditor->value())
        entry.value = *value;
    entry.asOf = m_ui->asOfEdit->text().trimmed().toStdString();
    entry.note = m_ui->noteEdit->text().trimmed().toStdString();
    return entry;
}

std::vector<ms::Override> AlternativeDialog::editedOverrides() const
{
    std::vector<ms::Override> overrides = m_overrides;
    overrides.push_back(editedOverride());
    return overrides;
}

void AlternativeDialog::revalidate()
{
    OverrideFieldErrors errors;
    QString idError;
    QString typed;
    const std::string id = alternativeId();
    if (m_ui->nameEdit->text().trimmed().isEmpty()) {
        errors.general = tr("Give the alternative a name.");
    } else if (!id.empty() && (m_merged.alternative(id) != nullptr || m_base.alternative(id) != nullptr)) {
        idError = tr("The catalog already has an alternative \"%1\"; choose another id.").arg(qs(id));
    } else if (!m_ui->valueEditor->value(&typed)) {
        errors.value = typed;
    } else {
        const std::vector<ms::Override> overrides = editedOverrides();
        errors = checkOverrides(overrides, overrides.size() - 1, m_base);
        // The loader's messages about the id, name or kind go under the id.
        idError = errors.alternative;
        errors.alternative.clear();
    }
    if (id.empty() && idError.isEmpty() && errors.general.isEmpty())
        idError = tr("Give the alternative an id.");
    showFieldError(m_ui->idError, idError);
    showFieldError(m_ui->valueError, errors.value);
    showFieldError(m_ui->asOfError, errors.asOf);
    showFieldError(m_ui->generalError, errors.general);
    m_valid = errors.ok() && idError.isEmpty();
    okButton()->setEnabled(m_valid);
}

QLineEdit* AlternativeDialog::nameEdit() const
{
    return m_ui->nameEdit;
}
QLineEdit* AlternativeDialog::idEdit() const
{
    return m_ui->idEdit;
}
QComboBox* AlternativeDialog::kindBox() const
{
    return m_ui->kindBox;
}
QComboBox* AlternativeDialog::criterionBox() const
{
    return m_ui->criterionBox;
}
FactValueEditor* AlternativeDialog::valueEditor() const
{
    return m_ui->valueEditor;
}
QLineEdit* AlternativeDialog::asOfEdit() const
{
    return m_ui->asOfEdit;
}
QLabel* AlternativeDialog::idErrorLabel() const
{
    return m_ui->idError;
}
QLabel* AlternativeDialog::valueErrorLabel() const
{
    return m_ui->valueError;
}
QLabel* AlternativeDialog::asOfErrorLabel() const
{
    return m_ui->asOfError;
}
QLabel* AlternativeDialog::generalErrorLabel() const
{
    return m_ui->generalError;
}
QPushButton* AlternativeDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

} // namespace ms::gui
