// Anchoring a chart made through XTableCharts::addNewByName to a cell, the one
// way the portfolio review and the health check's report both do it.
#pragma once

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/uno/XInterface.hpp>

#include "support/loaded_document.h"

namespace alliance::support {

// Anchors the shape added last to the document's first sheet (the chart just
// made there) to `cell`, standing at `position`, so it moves with the rows above
// it; the document holds it until it is closed (see holdUntilClosed). Does
// nothing when that sheet has no shape.
void anchorNewestShape(const LoadedDocument& document,
                       const css::uno::Reference<css::uno::XInterface>& cell,
                       const css::awt::Point& position);

}  // namespace alliance::support
