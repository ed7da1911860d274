// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QList>
#include <QString>
#include <QWidget>

#include "core/catalog/catalog.h"
#include "core/scenario/scenario.h"

class QAbstractButton;
class QComboBox;
class QFrame;
class QKeyEvent;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace ms::gui {

class DecimalSpinBox;

/** A constraint in plain words for the GUI, e.g. "Voice is yes", "Free quota at least
 *  1000 messages/month", "Availability is one of public, waitlist". Numbers follow the
 *  default locale; catalog text is used as plain text. */
[[nodiscard]] QString describeConstraint(const ms::Constraint& constraint, const ms::Catalog& catalog);

/** Why `fact` (nullptr = unknown) fails `constraint`, in the window's language: the
 *  must-have as describeConstraint words it, then the value found, e.g. "Free quota at
 *  least 1,000 interactions/month: it is 250 interactions/month" or "Voice is yes: unknown"
 *  (numbers through QLocale). The GUI's words for ms::Exclusion::reason. */
[[nodiscard]] QString describeViolation(const ms::Constraint& constraint, const ms::Catalog& catalog,
                                        const ms::Fact* fact);

/** "Must-haves": the active constraints, each with a remove button, and an add row
 *  (criterion → a condition valid for its type → a value).
 *
 *  Booleans: "is yes" / "is no"; numbers: "at least" / "at most" a number typed in the
 *  user's locale (DecimalSpinBox, case C03); ordinal levels: "at least" a level or "is
 *  one of" several. The add row is turned into a canonical, locale-free constraint text
 *  ("quota >= 0.5") and parsed by `ms::parseConstraint`, so the engine's validation is
 *  the one used. The editor does not own the list: it asks with `addRequested` /
 *  `removeRequested` and shows what `setConstraints` gives it. */
class ConstraintsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ConstraintsEditor(QWidget* parent = nullptr);
    ~ConstraintsEditor() override;

    /** Rebuilds the criterion box for `catalog` (nullptr: none) and empties the list. */
    void setCatalog(const ms::Catalog* catalog);
    /** Shows `constraints` as the active list. Emits nothing. */
    void setConstraints(const std::vector<ms::Constraint>& constraints);

    /** The add row's constraint as canonical text ("voice == true", "quota >= 0.5"), or
     *  empty when the row is incomplete. */
    [[nodiscard]] QString pendingText() const;
    /** Parses the add row with ms::parseConstraint and emits `addRequested`; on error
     *  shows the message under the row and returns it (empty on success). */
    QString addPending();
    /** Shows `message` under the add row (empty hides it). */
    void setMessage(const QString& message);

    /** Selects criterion `criterionId` in the add row; false when there is none. */
    bool selectCriterion(const QString& criterionId);

    [[nodiscard]] QComboBox* criterionBox() const { return m_criterionBox; }
    [[nodiscard]] QComboBox* operatorBox() const { return m_operatorBox; }
    [[nodiscard]] DecimalSpinBox* numberEditor() const { return m_numberEditor; }
    [[nodiscard]] QComboBox* levelBox() const { return m_levelBox; }
    [[nodiscard]] QToolButton* levelsButton() const { return m_levelsButton; }
    [[nodiscard]] QPushButton* addButton() const { return m_addButton; }
    /** The remove button of each active constraint, in list order. */
    [[nodiscard]] QList<QAbstractButton*> removeButtons() const;
    /** The text of each active constraint as shown, in list order. */
    [[nodiscard]] QStringList shownConstraints() const;
    /** The focus chain, first to last, for the window's tab order. */
    [[nodiscard]] QList<QWidget*> focusChain() const;

Q_SIGNALS:
    /** The user added `constraint` (already validated by the engine). */
    void addRequested(const ms::Constraint& constraint);
    /** The user removed the constraint at `index` of the list shown. */
    void removeRequested(int index);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum ValueKind { NoValue, NumberValue, LevelValue, LevelsValue };

    void onCriterionChanged();
    void onOperatorChanged();
    void updateLevelsButton();
    [[nodiscard]] const ms::Criterion* currentCriterion() const;

    const ms::Catalog* m_catalog = nullptr;
    QFrame* m_listFrame = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QList<QWidget*> m_rows;
    QList<QAbstractButton*> m_removeButtons;
    QStringList m_shown;

    QComboBox* m_criterionBox = nullptr;
    QComboBox* m_operatorBox = nullptr;
    QStackedWidget* m_valueStack = nullptr;
    QWidget* m_noValuePage = nullptr;
    DecimalSpinBox* m_numberEditor = nullptr;
    QComboBox* m_levelBox = nullptr;
    QToolButton* m_levelsButton = nullptr;
    QMenu* m_levelsMenu = nullptr;
    QLabel* m_unitLabel = nullptr;
    QPushButton* m_addButton = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace ms::gui
