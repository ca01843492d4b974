// Reads an open spreadsheet document into plain values (one call per sheet).
#pragma once

#include <com/sun/star/lang/XComponent.hpp>

#include "qbr/workbook.h"

namespace alliance::qbr {

[[nodiscard]] Workbook readWorkbook(const css::uno::Reference<css::lang::XComponent>& document);

}  // namespace alliance::qbr
