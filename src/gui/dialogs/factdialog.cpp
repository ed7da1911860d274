// SPDX-License-Identifier: MIT
#include "gui/dialogs/factdialog.h"

#include <algorithm>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "gui/catalogstore.h"
#include "gui/factvalueeditor.h"
#include "gui/language.h"
#include "gui/textutil.h"

#include "ui_factdialog.h"

namespace ms::gui {

namespace {

constexpr int KeyRole = Qt::UserRole;
constexpr int DetailRole = Qt::UserRole + 1;

const ms::Fact* findFact(const ms::Alternative& alternative, const std::string& key, bool detail)
{
    if (!detail)
        return alternative.fact(key);
    for (const ms::Detail& d : alternative.details) {
        if (d.key == key)
            return &d.fact;
    }
    return nullptr;
}

bool sameFact(const ms::Override& a, const ms::Override& b)
{
    return a.alternative == b.alternative && a.criterion == b.criterion && a.detail == b.detail;
}

} // namespace

OverrideFieldErrors checkOverrides(
    const std::vector<ms::Override>& overrides, std::size_t editedIndex, const ms::Catalog& base)
{
    OverrideFieldErrors errors;
    const ms::OverridesLoadResult result
        = ms::loadOverridesFromText(ms::overridesToJson(overrides), "overrides.json", base);
    const std::string prefix = "/overrides/" + std::to_string(editedIndex);
    auto add = [](QString& field, const QString& message) {
        if (!field.isEmpty())
            field += QLatin1Char('\n');
        field += message;
    };
    for (const ms::Diagnostic& d : result.diagnostics) {
        if (d.severity != ms::Severity::Error)
            continue;
        const QString message = qs(d.message);
        if (d.pointer.rfind(prefix, 0) == 0 && (d.pointer.size() == prefix.size() || d.pointer[prefix.size()] == '/')) {
            std::string field = d.pointer.substr(prefix.size());
            // "missing required key \"as_of\"" points at the override: file it under the key.
            if (const std::string missing = "missing required key \"";
                field.empty() && d.message.rfind(missing, 0) == 0) {
                const auto end = d.message.find('"', missing.size());
                if (end != std::string::npos)
                    field = "/" + d.message.substr(missing.size(), end - missing.size());
            }
            if (field == "/value" || field == "/criterion" || field == "/detail" || field == "/unit")
                add(errors.value, message);
            else if (field == "/as_of")
                add(errors.asOf, message);
            else if (field == "/alternative" || field == "/name" || field == "/kind")
                add(errors.alternative, message);
            else
                add(errors.general, message);
        } else {
            add(errors.general, d.pointer.empty() ? message : QStringLiteral("%1: %2").arg(qs(d.pointer), message));
        }
    }
    if (!result.ok() && errors.ok())
        errors.general = QCoreApplication::translate("ms::gui::FactDialog", "The figures would not load.");
    return errors;
}

void showFieldError(QLabel* label, const QString& text)
{
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    // A red that reads on light and dark themes alike.
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

FactDialog::FactDialog(const ms::Catalog& base, const ms::Catalog& merged, std::vector<ms::Override> overrides,
    const std::string& alternativeId, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FactDialog>())
    , m_base(base)
    , m_merged(merged)
    , m_overrides(std::move(overrides))
    , m_alternativeId(alternativeId)
    , m_today(today.isValid() ? today : QDate::currentDate())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("factDialog"));
    const ms::Alternative* alternative = m_merged.alternative(m_alternativeId);
    const QString name = alternative ? qs(alternative->name) : qs(m_alternativeId);
    setWindowTitle(tr("Edit Fact — %1").arg(name));
    m_ui->introLabel->setText(
        tr("Your own figure for %1. It wins over the catalog, its updates and imports, and is saved in your "
           "data folder; Edit › Undo takes it back.")
            .arg(name));

    QComboBox* box = m_ui->factBox;
    for (const ms::Criterion& criterion : m_merged.criteria) {
        box->addItem(qs(criterion.label.get(catalogLanguage())));
        box->setItemData(box->count() - 1, qs(criterion.id), KeyRole);
        box->setItemData(box->count() - 1, false, DetailRole);
        box->setItemData(
            box->count() - 1, plainToolTip(qs(criterion.description.get(catalogLanguage()))), Qt::ToolTipRole);
    }
    if (alternative != nullptr && !alternative->details.empty()) {
        box->insertSeparator(box->count());
        for (const ms::Detail& detail : alternative->details) {
            const QString label = detail.label.get(catalogLanguage()).empty() ? qs(detail.key)
                                                                              : qs(detail.label.get(catalogLanguage()));
            box->addItem(tr("Detail: %1").arg(label));
            box->setItemData(box->count() - 1, qs(detail.key), KeyRole);
            box->setItemData(box->count() - 1, true, DetailRole);
        }
    }
    for (QLabel* label : { m_ui->valueError, m_ui->asOfError, m_ui->generalError })
        showFieldError(label, {});

    connect(box, &QComboBox::currentIndexChanged, this, &FactDialog::onFactChanged);
    connect(m_ui->valueEditor, &FactValueEditor::valueEdited, this, &FactDialog::revalidate);
    for (QLineEdit* edit : { m_ui->asOfEdit, m_ui->noteEdit, m_ui->unitEdit })
        connect(edit, &QLineEdit::textChanged, this, &FactDialog::revalidate);
    onFactChanged();
}

FactDialog::~FactDialog() = default;

bool FactDialog::selectFact(const QString& key, bool detail)
{
    for (int i = 0; i < m_ui->factBox->count(); ++i) {
        if (m_ui->factBox->itemData(i, KeyRole).toString() == key
            && m_ui->factBox->itemData(i, DetailRole).toBool() == detail
            && !m_ui->factBox->itemData(i, KeyRole).isNull()) {
            m_ui->factBox->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool FactDialog::currentIsDetail() const
{
    return m_ui->factBox->currentData(DetailRole).toBool();
}

std::string FactDialog::currentKey() const
{
    return m_ui->factBox->currentData(KeyRole).toString().toStdString();
}

void FactDialog::onFactChanged()
{
    const std::string key = currentKey();
    const bool detail = currentIsDetail();
    const ms::Alternative* shown = m_merged.alternative(m_alternativeId);
    const ms::Alternative* below = m_base.alternative(m_alternativeId);
    const ms::Fact* fact = shown ? findFact(*shown, key, detail) : nullptr;
    const ms::Fact* catalogFact = below ? findFact(*below, key, detail) : nullptr;

    if (detail) {
        m_ui->valueEditor->setDetail();
    } else if (const ms::Criterion* criterion = m_merged.criterion(key)) {
        m_ui->valueEditor->setCriterion(*criterion);
    }
    m_ui->unitCaption->setVisible(detail);
    m_ui->unitEdit->setVisible(detail);

    // What the catalog says (what "Revert to catalog value" brings back).
    QString catalogText;
    if (catalogFact != nullptr) {
        const ms::Criterion* criterion = detail ? nullptr : m_base.criterion(key);
        const std::string unit = catalogFact->value.kind == ms::FactValue::Kind::Number
            ? (detail ? catalogFact->unit : (criterion ? criterion->unit : std::string()))
            : std::string();
        catalogText = formatFactValue(catalogFact->value, unit);
        QStringList where;
        if (!catalogFact->layer.empty())
            where << layerLabel(catalogFact->layer);
        if (!catalogFact->asOf.empty())
            where << tr("as of %1").arg(formatAsOf(catalogFact->asOf));
        if (!where.isEmpty())
            catalogText += QStringLiteral(" (%1)").arg(where.join(QStringLiteral(", ")));
    } else {
        catalogText = tr("none (unknown)");
    }
    m_ui->catalogValueLabel->setText(catalogText);

    const bool yours = fact != nullptr && fact->layer == ms::kUserLayer;
    {
        const QSignalBlocker b1(m_ui->asOfEdit);
        const QSignalBlocker b2(m_ui->noteEdit);
        const QSignalBlocker b3(m_ui->unitEdit);
        m_ui->valueEditor->setValue(fact ? fact->value : ms::FactValue::unknown());
        m_ui->asOfEdit->setText(yours && !fact->asOf.empty() ? qs(fact->asOf) : m_today.toString(Qt::ISODate));
        m_ui->noteEdit->setText(yours ? qs(fact->note) : QString());
        m_ui->unitEdit->setText(detail && fact ? qs(fact->unit) : QString());
    }
    revalidate();
}

ms::Override FactDialog::editedOverride() const
{
    ms::Override entry;
    entry.alternative = m_alternativeId;
    if (currentIsDetail()) {
        entry.detail = currentKey();
        entry.unit = m_ui->unitEdit->text().trimmed().toStdString();
    } else {
        entry.criterion = currentKey();
    }
    if (auto value = m_ui->valueEditor->value())
        entry.value = *value;
    entry.asOf = m_ui->asOfEdit->text().trimmed().toStdString();
    entry.note = m_ui->noteEdit->text().trimmed().toStdString();
    return entry;
}

std::vector<ms::Override> FactDialog::editedOverrides() const
{
    std::vector<ms::Override> overrides = m_overrides;
    ms::setOverride(overrides, editedOverride());
    return overrides;
}

QString FactDialog::editDescription() const
{
    const ms::Alternative* alternative = m_merged.alternative(m_alternativeId);
    return tr("Edit %1 of %2")
        .arg(m_ui->factBox->currentText(), alternative ? qs(alternative->name) : qs(m_alternativeId));
}

void FactDialog::revalidate()
{
    OverrideFieldErrors errors;
    QString typed;
    if (m_ui->factBox->currentIndex() < 0 || currentKey().empty()) {
        errors.general = tr("Choose a fact.");
    } else if (!m_ui->valueEditor->value(&typed)) {
        errors.value = typed;
    } else {
        const std::vector<ms::Override> overrides = editedOverrides();
        const ms::Override entry = editedOverride();
        const auto found = std::find_if(
            overrides.begin(), overrides.end(), [&entry](const ms::Override& o) { return sameFact(o, entry); });
        errors = checkOverrides(overrides, static_cast<std::size_t>(found - overrides.begin()), m_base);
    }
    showFieldError(m_ui->valueError, errors.value);
    showFieldError(m_ui->asOfError, errors.asOf);
    QStringList general { errors.alternative, errors.general };
    general.removeAll(QString());
    showFieldError(m_ui->generalError, general.join(QLatin1Char('\n')));
    m_valid = errors.ok();
    okButton()->setEnabled(m_valid);
}

QComboBox* FactDialog::factBox() const
{
    return m_ui->factBox;
}
FactValueEditor* FactDialog::valueEditor() const
{
    return m_ui->valueEditor;
}
QLineEdit* FactDialog::asOfEdit() const
{
    return m_ui->asOfEdit;
}
QLineEdit* FactDialog::noteEdit() const
{
    return m_ui->noteEdit;
}
QLabel* FactDialog::valueErrorLabel() const
{
    return m_ui->valueError;
}
QLabel* FactDialog::asOfErrorLabel() const
{
    return m_ui->asOfError;
}
QLabel* FactDialog::generalErrorLabel() const
{
    return m_ui->generalError;
}
QPushButton* FactDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

} // namespace ms::gui
