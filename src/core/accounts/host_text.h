// Reading an account text before it is keyed: spaces as Unicode has them, and the
// host in a URL, an e-mail address or a bare domain. The name rules are in
// account_key.cc; what a host's key is, in domains.h.
#pragma once

#include <optional>
#include <string_view>

#include "core/text.h"

namespace alliance::accounts_detail {

// core/text.h's spaces, and for an account text every other control character too:
// lists exported from other systems carry them where a space was meant.
[[nodiscard]] inline bool isSpaceUnit(char16_t c) { return c <= u' ' || alliance::isSpaceUnit(c); }
[[nodiscard]] std::u16string_view trim(std::u16string_view text);
[[nodiscard]] bool hasSpace(std::u16string_view text);

// The first kMaxAccountTextUnits code units, not splitting a surrogate pair.
[[nodiscard]] std::u16string_view capped(std::u16string_view text);

// The host of a URL: after "://", without user, port, path, query or fragment.
// nullopt when the text before "://" is not a scheme; empty for an IPv6 address.
[[nodiscard]] std::optional<std::u16string_view> urlHost(std::u16string_view text);

// The host of an e-mail address: "jane@walmart.com", "mailto:jane@walmart.com" or
// "Jane Doe <jane@walmart.com>". nullopt when the text is no e-mail address.
[[nodiscard]] std::optional<std::u16string_view> emailHost(std::u16string_view text);

// A whole cell without spaces that is a host name, optionally followed by a port
// and a path: "tesco.co.uk", "www.walmart.com/about".
[[nodiscard]] std::optional<std::u16string_view> domainHost(std::u16string_view text);

}  // namespace alliance::accounts_detail
