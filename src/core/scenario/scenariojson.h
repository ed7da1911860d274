// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "core/scenario/scenario.h"

namespace ms {

/** A scenario as a JSON document ("format": "modelscout-scenario", "format_version": 1)
 *  that loadScenarioFromText (core/catalog/loader.h) reads back to an equal Scenario:
 *  weights are written in the shortest form that round-trips exactly, constraints in
 *  the form parseConstraint reads. Locale-free. */
std::string scenarioToJson(const Scenario& scenario);

} // namespace ms
