'use strict';
// Name conversions the generator uses. Written once here; read_spec.js (stats) and the
// header writer both call these.

// snake_case of a spec property name (lowerCamel, UpperCamel or acronym-led).
// Rule, applied to the ASCII letters and digits of the name:
//   1. a word boundary falls before an upper-case letter that follows a lower-case letter or a
//      digit:                                  ClientToken -> client|token, ipv6Address -> ipv6|address
//   2. inside a run of upper-case letters, a boundary falls before the last upper-case letter
//      of the run when a lower-case letter follows it (the acronym ends one letter earlier):
//                                              DBInstanceId -> db|instance|id,
//                                              SQLServerImport -> sql|server|import
//   3. except for a plural acronym: a run of two or more upper-case letters followed by a
//      lone lower-case "s" that ends the name or is followed by an upper-case letter or a
//      digit keeps the "s":                    SecurityIPs -> security|ips, DBInstanceIDs -> db|instance|ids
//   4. digits stay with the word before them ("ipv6", "sql2008"); any other character
//      ('_', '-', '.') ends a word and is dropped.
// The words are lower-cased and joined with '_'.
function snakeCase(name) {
  const isUp = (c) => c >= 'A' && c <= 'Z';
  const isLo = (c) => c >= 'a' && c <= 'z';
  const isDi = (c) => c >= '0' && c <= '9';
  const words = [];
  let cur = '';
  const flush = () => { if (cur) { words.push(cur); cur = ''; } };
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (!(isUp(c) || isLo(c) || isDi(c))) { flush(); continue; }            // rule 4
    const prev = i > 0 ? name[i - 1] : '';
    const next = i + 1 < name.length ? name[i + 1] : '';
    const after = i + 2 < name.length ? name[i + 2] : '';
    if (isUp(c)) {
      if (isLo(prev) || isDi(prev)) {
        flush();                                                             // rule 1
      } else if (isUp(prev) && isLo(next)) {
        const plural = next === 's' && (after === '' || isUp(after) || isDi(after));
        if (!plural) flush();                                                // rules 2, 3
      }
    }
    cur += c;
  }
  flush();
  return words.map((w) => w.toLowerCase()).join('_');
}

// C++ keywords and alternative tokens (C++17 and C++20), plus identifiers a member must not
// take because the standard library or the preprocessor gives them a meaning in every TU.
const CPP_KEYWORDS = new Set([
  'alignas', 'alignof', 'and', 'and_eq', 'asm', 'auto', 'bitand', 'bitor', 'bool', 'break',
  'case', 'catch', 'char', 'char8_t', 'char16_t', 'char32_t', 'class', 'compl', 'concept',
  'const', 'consteval', 'constexpr', 'constinit', 'const_cast', 'continue', 'co_await',
  'co_return', 'co_yield', 'decltype', 'default', 'delete', 'do', 'double', 'dynamic_cast',
  'else', 'enum', 'explicit', 'export', 'extern', 'false', 'float', 'for', 'friend', 'goto',
  'if', 'inline', 'int', 'long', 'mutable', 'namespace', 'new', 'noexcept', 'not', 'not_eq',
  'nullptr', 'operator', 'or', 'or_eq', 'private', 'protected', 'public', 'register',
  'reinterpret_cast', 'requires', 'return', 'short', 'signed', 'sizeof', 'static',
  'static_assert', 'static_cast', 'struct', 'switch', 'template', 'this', 'thread_local',
  'throw', 'true', 'try', 'typedef', 'typeid', 'typename', 'union', 'unsigned', 'using',
  'virtual', 'void', 'volatile', 'wchar_t', 'while', 'xor', 'xor_eq',
  // macros a conforming <cassert>/<cerrno>/<climits>... may define
  'assert', 'errno', 'EOF', 'NULL',
]);

function isCppKeyword(id) { return CPP_KEYWORDS.has(id); }

module.exports = { snakeCase, isCppKeyword, CPP_KEYWORDS };
