// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts.h"

#include "modules.h"

namespace rc::ui {

namespace {

constexpr char chartsModule[] = "recovery-coach-charts";

template <typename Factory> Factory chartFactory(const char* name, QString* error)
{
    return reinterpret_cast<Factory>(moduleFunction(chartsModule, name, error));
}

} // namespace

WeeklyChart* createWeeklyChart(QWidget* parent, QString* error)
{
    const auto create = chartFactory<WeeklyChartFactory>(weeklyChartFactoryName, error);
    return create != nullptr ? create(parent) : nullptr;
}

SorenessChart* createSorenessChart(QWidget* parent, QString* error)
{
    const auto create = chartFactory<SorenessChartFactory>(sorenessChartFactoryName, error);
    return create != nullptr ? create(parent) : nullptr;
}

} // namespace rc::ui
