// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace ms {

/** Every fixed word of a report in one language: the small phrase table of the core
 *  (English and Turkish). Templates name their blanks in braces ("{name}") and are filled
 *  with fillTemplate. Catalog text never passes through here as a template. */
struct ReportTexts {
    std::string title;
    std::string generated;
    std::string appVersion;
    std::string catalog;
    std::string catalogVersion;
    std::string dataAsOf;
    std::string staleFacts;        ///< {stale} {total} {date}
    std::string noStaleFacts;      ///< {total} {date}
    // Recommendation sentences. {scorePhrase} is scoreOutOf100 or scorePlain.
    std::string scoreOutOf100;     ///< {score}
    std::string scorePlain;        ///< {score}
    std::string recommendation;    ///< {name} {kind} {scorePhrase} {gap} {runner} {runnerScore}
    std::string recommendationOnly;///< {name} {kind} {scorePhrase}
    std::string recommendationTie; ///< {names} {scorePhrase}
    std::string recommendationTieNext; ///< {names} {scorePhrase} {runner} {runnerScore} {gap}
    std::string noAlternatives;
    std::string noneRanked;
    std::string andWord;
    // Scenario.
    std::string scenario;
    std::string profile;
    std::string customWeights;
    std::string adjusted;
    std::string equalWeights;
    std::string method;
    std::string normalisation;
    std::string unknownFacts;
    std::string weights;
    std::string constraints;
    std::string none;
    std::string usage;
    std::string usageText;         ///< {players} {sessions} {messages} {in} {out} {payer}
    std::string payerAuthor;
    std::string payerPlayer;
    std::string methodWsm;
    std::string methodWpm;
    std::string methodTopsis;
    std::string normFixed;
    std::string normMinMax;
    std::string normMax;
    std::string normSum;
    std::string normVector;
    std::string normNone;
    std::string missingPessimistic;
    std::string missingOptimistic;
    std::string missingMidpoint;
    std::string higherIsBetter;
    std::string lowerIsBetter;
    // Values.
    std::string yes;
    std::string no;
    std::string unlimited;
    std::string unknown;
    std::string estimate;
    // The ranked table.
    std::string recommendationHeading;
    std::string ranking;
    std::string rankingTop;        ///< {n} {total}
    std::string rank;
    std::string alternative;
    std::string kind;
    std::string vendor;
    std::string score;
    std::string interval;
    std::string coverage;
    std::string dominatedBy;
    std::string rankingNote;
    std::string tieNote;
    // Top N.
    std::string whyLeads;          ///< {name}
    std::string topDetail;         ///< {n}
    std::string scoreLine;         ///< {score} {coverage}
    std::string strongest;
    std::string weakest;
    std::string gainReason;        ///< {criterion} {value} {points} {max}
    std::string lossReason;        ///< {criterion} {value} {points} {max}
    std::string noStrength;
    std::string noWeakness;
    std::string projectedCost;     ///< {author} {player}
    std::string freeTierCovers;
    std::string freeTierShort;
    std::string freeTierUnknown;
    std::string costUnknown;
    std::string contributionsChart;
    std::string weightedValuesChart;
    std::string radarChart;
    std::string points;
    // Excluded and dominated.
    std::string excluded;
    std::string excludedNone;
    std::string fails;
    std::string dominated;
    std::string dominatedNone;
    std::string dominatedText;     ///< {name} {by}
    // Sensitivity.
    std::string sensitivity;
    std::string sensitivityOff;
    std::string criterion;
    std::string weight;
    std::string topStays;
    std::string topThreeKeep;
    std::string stabilityNote;
    std::string runnerUpChange;    ///< {runner} {criterion} {from} {to}
    std::string runnerUpTied;      ///< {runner}
    std::string runnerUpNone;
    std::string sensitivityWsmOnly;
    std::string sensitivityFew;
    std::string noWinProbabilities;
    std::string winProbabilities;  ///< {samples} {seed}
    std::string probability;
    std::string othersNeverFirst;  ///< {count}
    // Facts and method.
    std::string factsUsed;
    std::string factsIntro;
    std::string value;
    std::string source;
    std::string asOf;
    std::string note;
    std::string methodAppendix;
    std::string criteriaBounds;
    std::string type;
    std::string direction;
    std::string bounds;
    std::string scale;
    std::string unit;
    std::string typeNumeric;
    std::string typeBoolean;
    std::string typeOrdinal;
    std::string scaleLinear;
    std::string scaleLog;
    std::string boundsBoolean;
    std::string references;
    std::string sources;
    std::string noSources;
    std::string continued;
    std::string page;              ///< {page} {pages}
    std::string footer;            ///< {app} {catalog} {page} {pages}
    // Method appendix paragraphs.
    std::string explainWeights;
    std::string explainFixed;
    std::string explainMinMax;
    std::string explainMax;
    std::string explainSum;
    std::string explainVector;
    std::string explainNone;
    std::string explainWsm;
    std::string explainWpm;
    std::string explainTopsis;
    std::string explainMissing;    ///< {policy}
    std::string explainDominance;
    std::string explainSensitivity;///< {samples}
    std::string explainUsage;
};

/** The phrases of `lang` ("tr" Turkish, anything else English). */
const ReportTexts& reportTexts(std::string_view lang);

/** `pattern` with each "{key}" replaced by its value, in one pass: text put in is never
 *  searched again, so catalog text that contains braces stays as it is. Unknown keys stay. */
std::string fillTemplate(std::string_view pattern,
                         std::initializer_list<std::pair<std::string_view, std::string_view>> values);

/** `value` with `decimals` digits, grouped in thousands: English "5,000.5", Turkish
 *  "5.000,5" (decimal comma). Never the process locale (case C04); non-finite is "–". */
std::string formatNumber(double value, int decimals, std::string_view lang, bool group = true);

/** A fact's number as a person writes it: grouped, at most `maxDecimals` decimals, trailing
 *  zeros dropped ("5,000", "7.5", "0.02"; Turkish "5.000", "7,5", "0,02"). */
std::string formatQuantity(double value, std::string_view lang, int maxDecimals = 6);

/** A share in [0, 1] as a percentage: English "50.0%", Turkish "%50,0". */
std::string formatPercent(double share, int decimals, std::string_view lang);

/** US dollars: English "USD 3.20", Turkish "3,20 USD". */
std::string formatUsd(double value, std::string_view lang);

/** `value` with '.' decimals, no grouping, for CSV and machine-read text. */
std::string formatPlain(double value, int decimals);

} // namespace ms
