// The walk of describe_fields.hpp's descriptors into describe's lines.
#include "describe_fields.hpp"

#include <string>

namespace describe_fields {
namespace {

using any_operation::field_info;

std::string type_name(const type_desc& t) {
  switch (t.k) {
    case kind::string: return "string";
    case kind::boolean: return "boolean";
    case kind::integer: return "integer";
    case kind::number: return "number";
    case kind::json: return "json";
    case kind::object: return "object";
    case kind::list: return "list of " + type_name(*t.element);
    case kind::map: return "map of " + type_name(*t.element);
  }
  return "object";
}

bool is_structured(kind k) { return k == kind::list || k == kind::map || k == kind::object; }

/// How names of nested values are spelled: requests `Name.N`, responses `Name[]`.
struct spelling {
  const char* list_item;
};

void fields(std::vector<field_info>& out, const node* f, std::size_t count, const std::string& prefix,
            std::size_t depth, const field_info& inherit, const spelling& how);

/// The members of a value of type `t` named `name` (not its own line).
void members(std::vector<field_info>& out, const type_desc& t, const std::string& name, std::size_t depth,
             const field_info& inherit, const spelling& how) {
  if (t.k == kind::list || t.k == kind::map) {
    const type_desc& e = *t.element;
    // Items of scalars get a line of their own only where the command line
    // names them (a repeat-list request field: Ids.N).
    if (is_structured(e.k) || (how.list_item[0] == '.' && inherit.style == rdscodec::wire_style::repeat_list)) {
      field_info item = inherit;
      item.name = name + (t.k == kind::list ? how.list_item : ".KEY");
      item.type = type_name(e);
      item.depth = depth;
      item.required = false;
      item.has_range = item.has_length = false;
      out.push_back(item);
      members(out, e, item.name, depth + 1, inherit, how);
    }
  } else if (t.k == kind::object) {
    fields(out, t.members, t.member_count, name + ".", depth, inherit, how);
  }
}

void fields(std::vector<field_info>& out, const node* f, std::size_t count, const std::string& prefix,
            std::size_t depth, const field_info& inherit, const spelling& how) {
  for (const node* end = f + count; f != end; ++f) {
    field_info info = inherit;
    info.name = prefix + std::string(f->name);
    info.depth = depth;
    info.required = f->required;
    info.has_range = info.has_length = false;
    info.type = type_name(*f->type);
    if (f->item_list) {
      out.push_back(info);
      const type_desc& item = *f->type->element;
      fields(out, item.members, item.member_count, info.name + how.list_item + ".", depth + 1, inherit, how);
      continue;
    }
    if (depth == 0) {
      info.style = f->style;
      info.position = f->position;
    }
    if (f->type->k == kind::integer) {
      info.has_range = f->has_range;
      info.min = f->min;
      info.max = f->max;
    }
    if (f->has_length) {
      info.has_length = true;
      info.min_length = f->min_length;
      info.max_length = f->max_length;
    }
    out.push_back(info);
    members(out, *f->type, info.name, depth + 1, depth == 0 ? info : inherit, how);
  }
}

}  // namespace

void describe_nodes(std::vector<field_info>& request, const node* req, std::size_t req_count,
                    std::vector<field_info>& response, const node* resp, std::size_t resp_count) {
  fields(request, req, req_count, {}, 0, field_info{}, spelling{".N"});
  fields(response, resp, resp_count, {}, 0, field_info{}, spelling{"[]"});
}

}  // namespace describe_fields
