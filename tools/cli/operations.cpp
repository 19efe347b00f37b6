// The commands over every operation of the registry, through the tools'
// table (../any_operation/any_operation.hpp): the parameter list of
// `sign`/`call <Operation> --Wire value`, `list`, `describe` and
// `completion bash`. Nothing here names an operation.
#include "cli.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string_view> segments(std::string_view name) {
  std::vector<std::string_view> out;
  for (;;) {
    const auto dot = name.find('.');
    out.push_back(name.substr(0, dot));
    if (dot == std::string_view::npos) return out;
    name.remove_prefix(dot + 1);
  }
}

/// Whether the command-line name `name` fits the describe name `pattern`:
/// equal segments, `N` for a list index (digits), `KEY` for a map key (any
/// segment; the rest of the name when it is the pattern's last segment: the
/// key of a map of scalars may hold dots).
bool fits(std::string_view pattern, std::string_view name) {
  const auto p = segments(pattern);
  const auto n = segments(name);
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (i == n.size()) return false;
    if (p[i] == "KEY") {
      if (n[i].empty()) return false;
      if (i + 1 == p.size()) return true;
    } else if (p[i] == "N") {
      if (!all_digits(n[i])) return false;
    } else if (p[i] != n[i]) {
      return false;
    }
  }
  return p.size() == n.size();
}

/// Levenshtein distance, ASCII case ignored; names over 256 bytes are not
/// compared (the distance is then taken as their length).
std::size_t distance(std::string_view a, std::string_view b) {
  if (a.size() > 256 || b.size() > 256) return std::max(a.size(), b.size());
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

/// The names a command line may give: every top-level parameter and the
/// members of the repeat-list ones (Tag.N.Key).
std::vector<const any_operation::field_info*> parameter_names(const std::vector<any_operation::field_info>& fields) {
  std::vector<const any_operation::field_info*> out;
  for (const auto& f : fields)
    if (f.depth == 0 || f.style == rdscodec::wire_style::repeat_list) out.push_back(&f);
  return out;
}

/// Plain decimal, as the CLI takes every integer: "0", or an optional '-'
/// and digits without a leading zero ("-0", "+1", "007" are refused).
bool plain_decimal(std::string_view v) {
  std::size_t i = !v.empty() && v[0] == '-' ? 1 : 0;
  if (!all_digits(v.substr(i))) return false;
  if (v[i] == '0') return v.size() == 1;
  return true;
}

/// Flattens one JSON value into repeat-list parameters under `name`:
/// arrays as name.1, name.2, ..., objects as name.Member, strings as their
/// text, numbers as their JSON text, booleans as true/false.
bool flatten(simdjson::ondemand::value v, const std::string& name, std::size_t depth,
             std::vector<rdscodec::parameter>& out, std::string& why) {
  if (depth > 32) {
    why = "the JSON value nests more than 32 levels";
    return false;
  }
  simdjson::ondemand::json_type type;
  if (v.type().get(type)) {
    why = "the value is not valid JSON";
    return false;
  }
  using jt = simdjson::ondemand::json_type;
  switch (type) {
    case jt::array: {
      simdjson::ondemand::array a;
      if (v.get_array().get(a)) break;
      std::size_t i = 0;
      for (auto item : a) {
        simdjson::ondemand::value x;
        if (std::move(item).get(x)) {
          why = "the value is not valid JSON";
          return false;
        }
        if (!flatten(x, name + "." + std::to_string(++i), depth + 1, out, why)) return false;
      }
      return true;
    }
    case jt::object: {
      simdjson::ondemand::object o;
      if (v.get_object().get(o)) break;
      for (auto member : o) {
        std::string_view key;
        simdjson::ondemand::field f;
        if (std::move(member).get(f) || f.unescaped_key().get(key)) {
          why = "the value is not valid JSON";
          return false;
        }
        if (key.empty() || key.find('.') != std::string_view::npos) {
          why = "a JSON member name is empty or has a '.'";
          return false;
        }
        if (!flatten(f.value(), name + "." + std::string(key), depth + 1, out, why)) return false;
      }
      return true;
    }
    case jt::string: {
      std::string_view s;
      if (v.get_string().get(s)) break;
      out.push_back({name, std::string(s)});
      return true;
    }
    case jt::number: {
      std::string_view t = v.raw_json_token();
      while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n' || t.back() == '\r'))
        t.remove_suffix(1);
      out.push_back({name, std::string(t)});
      return true;
    }
    case jt::boolean: {
      bool b = false;
      if (v.get_bool().get(b)) break;
      out.push_back({name, b ? "true" : "false"});
      return true;
    }
    default:
      why = "null is not a value (leave the member out)";
      return false;
  }
  why = "the value is not valid JSON";
  return false;
}

bool flatten_json(const std::string& text, const std::string& name, std::vector<rdscodec::parameter>& out,
                  std::string& why) {
  simdjson::padded_string padded(text);
  {
    // The whole text one JSON value (on-demand below reads it lazily).
    simdjson::dom::parser dom;
    simdjson::dom::element e;
    if (dom.parse(padded).get(e)) {
      why = "the value is not valid JSON";
      return false;
    }
  }
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  simdjson::ondemand::value root;
  if (parser.iterate(padded).get(doc) || doc.get_value().get(root)) {
    why = "the value is not valid JSON";
    return false;
  }
  std::vector<rdscodec::parameter> mine;
  if (!flatten(root, name, 0, mine, why)) return false;
  out.insert(out.end(), mine.begin(), mine.end());
  return true;
}

}  // namespace

const std::vector<any_operation::field_info>& request_fields(const any_operation::entry& op) {
  static std::map<std::string_view, std::vector<any_operation::field_info>> cache;
  auto it = cache.find(op.action);
  if (it == cache.end()) {
    std::vector<any_operation::field_info> req, resp;
    op.describe(req, resp);
    it = cache.emplace(op.action, std::move(req)).first;
  }
  return it->second;
}

std::string suggest(const any_operation::entry& op, std::string_view name) {
  // Compare with list indexes spelled N, as describe spells them.
  std::string normal;
  const auto segs = segments(name);
  for (std::size_t i = 0; i < segs.size(); ++i)
    normal += (i ? "." : "") + (all_digits(segs[i]) ? std::string("N") : std::string(segs[i]));
  const auto names = parameter_names(request_fields(op));
  std::size_t best = std::string::npos;
  std::vector<std::string_view> close;
  for (const auto* f : names) {
    const std::size_t d = distance(normal, f->name);
    if (d < best) {
      best = d;
      close.clear();
    }
    if (d == best && close.size() < 3) close.push_back(f->name);
  }
  const std::size_t allowed = std::max<std::size_t>(2, normal.size() / 3);
  std::string out;
  if (best <= allowed && !close.empty()) {
    out = "; did you mean ";
    for (std::size_t i = 0; i < close.size(); ++i) out += (i ? " or --" : "--") + std::string(close[i]);
    out += "?";
  }
  return out + " (rdscodec describe " + std::string(op.action) + " lists its parameters)";
}

bool build_parameters(const any_operation::entry& op, const std::vector<rdscodec::parameter>& given,
                      std::vector<rdscodec::parameter>& out, std::string& why) {
  const auto& fields = request_fields(op);
  const auto names = parameter_names(fields);
  out.clear();
  for (const auto& p : given) {
    const any_operation::field_info* match = nullptr;
    for (const auto* f : names)
      if (f->depth == 0 ? f->name == p.name : fits(f->name, p.name)) {
        match = f;
        break;
      }
    if (match == nullptr) {
      why = "--" + p.name + " is not a parameter of " + std::string(op.action) + suggest(op, p.name);
      return false;
    }
    if (match->depth == 0 && match->style == rdscodec::wire_style::repeat_list) {
      // The whole list, map or object as one JSON value.
      if (!flatten_json(p.value, p.name, out, why)) {
        why = "--" + p.name + " takes a JSON value (or give its members: --" + p.name +
              (match->type.rfind("list", 0) == 0 ? ".1" : ".Name") + " ...): " + why;
        return false;
      }
      continue;
    }
    if (match->type == "integer" && !plain_decimal(p.value)) {
      why = "--" + p.name + ": '" + p.value + "' is not a plain decimal integer (digits, an optional '-', no leading zero)";
      return false;
    }
    if (match->type == "boolean" && p.value != "true" && p.value != "false") {
      why = "--" + p.name + ": '" + p.value + "' is not true or false";
      return false;
    }
    out.push_back(p);
  }
  for (const auto& f : fields) {
    if (f.depth != 0 || !f.required || f.position == rdscodec::wire_position::host) continue;
    const bool given_it = std::any_of(out.begin(), out.end(), [&](const rdscodec::parameter& p) {
      return p.name == f.name || (p.name.size() > f.name.size() && p.name[f.name.size()] == '.' &&
                                  p.name.compare(0, f.name.size(), f.name) == 0);
    });
    if (!given_it) {
      why = std::string(op.action) + " requires --" + f.name + " (" + f.type + ")";
      return false;
    }
  }
  return true;
}

bool loose_contains(std::string_view action, std::string_view filter) {
  std::string a, f;
  for (char c : action) a += lower(c);
  for (char c : filter)
    if (c != '-') f += lower(c);
  return a.find(f) != std::string::npos;
}

std::string list_text(std::string_view filter) {
  std::string out;
  for (const auto& e : any_operation::all())
    if (loose_contains(e.action, filter)) out += std::string(e.action) + "\n";
  return out;
}

namespace {

const char* style_name(rdscodec::wire_style s) {
  switch (s) {
    case rdscodec::wire_style::plain: return "plain";
    case rdscodec::wire_style::repeat_list: return "repeatList";
    case rdscodec::wire_style::json: return "json";
    default: return "simple";
  }
}

const char* position_name(rdscodec::wire_position p) {
  switch (p) {
    case rdscodec::wire_position::query: return "query";
    case rdscodec::wire_position::body: return "body";
    default: return "host";
  }
}

std::string pad(std::string s, std::size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s + "  ";
}

}  // namespace

std::string describe_text(const any_operation::entry& op) {
  std::vector<any_operation::field_info> req, resp;
  op.describe(req, resp);
  std::size_t w = 4;
  for (const auto& f : req) w = std::max(w, f.name.size() + 2 * f.depth);
  for (const auto& f : resp) w = std::max(w, f.name.size() + 2 * f.depth);
  std::string out = std::string(op.action) + " (RDS API " + std::string(op.version) + ")\n\nParameters (" +
                    std::to_string(std::count_if(req.begin(), req.end(), [](const auto& f) { return f.depth == 0; })) +
                    "):\n";
  for (const auto& f : req) {
    std::string line = "  " + pad(std::string(2 * f.depth, ' ') + f.name, w) + pad(f.type, 22) +
                       pad(f.required ? "required" : "optional", 8);
    if (f.depth == 0) line += pad(position_name(f.position), 5) + pad(style_name(f.style), 10);
    else line += pad("", 5) + pad("", 10);
    // Only the bounds the operation declares (the member's type bounds the rest).
    if (f.has_range && f.min != std::numeric_limits<std::int64_t>::min() && f.max != std::numeric_limits<std::int64_t>::max())
      line += "range " + std::to_string(f.min) + ".." + std::to_string(f.max) + " ";
    else if (f.has_range)
      line += f.min != std::numeric_limits<std::int64_t>::min() ? "min " + std::to_string(f.min) + " "
                                                                  : "max " + std::to_string(f.max) + " ";
    if (f.has_length)
      line += "length " + std::to_string(f.min_length) + ".." +
              (f.max_length == std::numeric_limits<std::size_t>::max() ? std::string() : std::to_string(f.max_length));
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  out += "\nResponse fields:\n";
  for (const auto& f : resp) {
    std::string line = "  " + pad(std::string(2 * f.depth, ' ') + f.name, w) + pad(f.type, 22) +
                       (f.required ? "required" : "");
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string parameter_name_lines(const any_operation::entry& op) {
  std::string out;
  for (const auto* f : parameter_names(request_fields(op))) {
    std::string n;
    const auto segs = segments(f->name);
    for (std::size_t i = 0; i < segs.size(); ++i)
      n += (i ? "." : "") + (segs[i] == "N" ? std::string("1") : std::string(segs[i]));
    out += "--" + n + "\n";
  }
  return out;
}

std::string bash_completion() {
  // Operations and their parameters come from the installed tool itself
  // (`rdscodec list`, `rdscodec describe --names`), so the script always
  // fits the binary it runs with.
  return R"sh(# bash completion for rdscodec; load with: source <(rdscodec completion bash)
_rdscodec() {
  local cur prog cmd op i w p
  cur="${COMP_WORDS[COMP_CWORD]}"
  prog="${COMP_WORDS[0]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "sign call parse list describe completion demo --help --version" -- "$cur"))
    return
  fi
  cmd="${COMP_WORDS[1]}"
  op=""
  # The operation is the first word that is neither an option nor an
  # option's value (the flags --curl --explain --json --sm3 --all take none).
  for ((i = 2; i < COMP_CWORD; i++)); do
    w="${COMP_WORDS[i]}"
    p="${COMP_WORDS[i-1]}"
    case "$w" in
      -*) ;;
      *) case "$p" in
           --curl|--explain|--json|--sm3|--all) p="" ;;
         esac
         if [ -z "$op" ] && [ "${p#--}" = "$p" ]; then op="$w"; fi ;;
    esac
  done
  case "$cmd" in
    sign|call|describe)
      if [ -z "$op" ] && [ "${cur#-}" = "$cur" ]; then
        COMPREPLY=($(compgen -W "$("$prog" list 2>/dev/null)" -- "$cur"))
      elif [ -n "$op" ] && [ "${cur#--}" != "$cur" ]; then
        COMPREPLY=($(compgen -W "$("$prog" describe --names "$op" 2>/dev/null)" -- "$cur"))
      fi ;;
    parse)
      if [ "${COMP_WORDS[COMP_CWORD-1]}" = "--operation" ]; then
        COMPREPLY=($(compgen -W "$("$prog" list 2>/dev/null)" -- "$cur"))
      fi ;;
    completion) COMPREPLY=($(compgen -W "bash" -- "$cur")) ;;
  esac
}
complete -o default -F _rdscodec rdscodec
)sh";
}

}  // namespace cli
