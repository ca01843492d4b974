// Account mapping (contract section 5), everything the Calc functions need:
//   accountKey / analyseAccount          ALLIANCE_ACCOUNT_KEY
//   overlapCount                         ALLIANCE_OVERLAP
//   overlapList                          ALLIANCE_OVERLAP_LIST
//   matchPosition, AccountIndexCache     ALLIANCE_MATCH
//   accountHash                          ALLIANCE_ACCOUNT_HASH
#pragma once

#include "core/accounts/account_hash.h"  // IWYU pragma: export
#include "core/accounts/account_key.h"   // IWYU pragma: export
#include "core/accounts/account_set.h"   // IWYU pragma: export
