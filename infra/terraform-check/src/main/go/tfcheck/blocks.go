package main

// The blocks of a configuration against their schema: the provider's for resources, data sources and provider "aws",
// Terraform's own (loose) for the rest.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/agext/levenshtein"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

var (
	variableSchema = loose([]string{"type", "default", "description", "sensitive", "nullable", "ephemeral"}, "validation")
	outputSchema   = loose([]string{"value", "description", "sensitive", "depends_on", "ephemeral"}, "precondition")
	resourceMeta   = []string{"count", "for_each", "provider", "depends_on"}
	lifecycleAttrs = []string{"create_before_destroy", "prevent_destroy", "ignore_changes", "replace_triggered_by"}
	moduleMeta     = []string{"source", "version", "count", "for_each", "providers", "depends_on"}
	topLevel       = []string{"terraform", "provider", "variable", "output", "locals", "module", "resource", "data",
		"moved", "import", "check", "removed", "ephemeral"}
)

// loose: a schema whose nested blocks are not looked into.
func loose(attrs []string, blocks ...string) *schema {
	s := &schema{attrs: map[string]*attribute{}, blocks: map[string]*nested{}}
	for _, a := range attrs {
		s.attrs[a] = &attribute{}
	}
	for _, b := range blocks {
		s.blocks[b] = &nested{}
	}
	return s
}

func (c *checker) check(m *module) {
	for _, path := range m.paths() {
		body := m.files[path]
		for name, a := range body.Attributes {
			c.at(a.NameRange, "%q: a Terraform file has no top-level arguments, only blocks", name)
		}
		for _, b := range body.Blocks {
			c.checkTopLevel(m, b)
		}
		c.checkReferences(m, body)
	}
}

func (c *checker) checkTopLevel(m *module, b *hclsyntax.Block) {
	if b.Type == "resource" || b.Type == "data" || b.Type == "module" {
		c.checkRepetition(b)
	}
	switch b.Type {
	case "resource", "data":
		if len(b.Labels) != 2 {
			c.at(b.DefRange(), "a %s block has two labels: type and name", b.Type)
			return
		}
		typ := b.Labels[0]
		what := b.Type + " " + typ
		kind := "resource type"
		if b.Type == "data" {
			kind = "data source"
		}
		if !strings.HasPrefix(typ, "aws_") {
			provider := strings.SplitN(typ, "_", 2)[0]
			if c.providers[provider] {
				c.notes[fmt.Sprintf("%s %s of provider %q is not checked against a schema (only hashicorp/aws has one offline)", kind, typ, provider)] = true
			} else {
				c.at(b.LabelRanges[0], "%s %s: its provider %q is not in any required_providers, and only hashicorp/aws can be checked", kind, typ, provider)
			}
			return
		}
		c.checkProvider(m, b)
		s := c.aws.lookup(b.Type, typ)
		if s == nil {
			c.at(b.LabelRanges[0], "unknown %s %s: hashicorp/aws %s has no such %s%s", kind, typ, c.aws.version, kind, suggest(typ, c.aws.typeNames(b.Type)))
			return
		}
		meta := schemaWith(s, resourceMeta)
		lifecycle := loose(lifecycleAttrs, "precondition", "postcondition")
		if b.Type == "data" {
			lifecycle = loose(nil, "precondition", "postcondition")
		}
		meta.blocks["lifecycle"] = &nested{body: lifecycle}
		if b.Type == "resource" {
			meta.blocks["provisioner"] = &nested{}
			meta.blocks["connection"] = &nested{}
		}
		c.checkBody(b.Body, meta, what)
		c.checkIgnoreChanges(b, s, what)
	case "provider":
		if len(b.Labels) == 1 && b.Labels[0] == "aws" {
			c.checkBody(b.Body, schemaWith(c.aws.lookup("provider", "aws"), []string{"alias", "version"}), `provider "aws"`)
		}
	case "variable":
		c.checkBody(b.Body, variableSchema, "variable")
		c.checkVariableType(b)
	case "output":
		c.checkBody(b.Body, outputSchema, "output")
		if _, ok := b.Body.Attributes["value"]; !ok {
			c.at(b.DefRange(), "output %q has no value", strings.Join(b.Labels, ""))
		}
	case "terraform":
		c.checkBody(b.Body, loose([]string{"required_version", "experiments"}, "required_providers", "backend", "cloud", "provider_meta"), "terraform")
	case "module":
		c.checkModuleCall(m, b)
	default:
		for _, t := range topLevel {
			if t == b.Type {
				return
			}
		}
		c.at(b.TypeRange, "unknown top-level block %q%s", b.Type, suggest(b.Type, topLevel))
	}
}

// checkRepetition: count.index only where count is set, each.key and each.value only where for_each is.
func (c *checker) checkRepetition(b *hclsyntax.Block) {
	_, hasCount := b.Body.Attributes["count"]
	_, hasForEach := b.Body.Attributes["for_each"]
	hclsyntax.VisitAll(b.Body, func(n hclsyntax.Node) hcl.Diagnostics {
		if attr, ok := n.(*hclsyntax.Attribute); ok {
			for _, t := range attr.Expr.Variables() {
				switch {
				case t.RootName() == "count" && !hasCount:
					c.at(t.SourceRange(), "count.index in %s %s, which has no count", b.Type, strings.Join(b.Labels, "."))
				case t.RootName() == "each" && !hasForEach:
					c.at(t.SourceRange(), "each in %s %s, which has no for_each", b.Type, strings.Join(b.Labels, "."))
				}
			}
		}
		return nil
	})
}

// checkIgnoreChanges: lifecycle { ignore_changes = [x] } names arguments or blocks of the resource (or all).
func (c *checker) checkIgnoreChanges(b *hclsyntax.Block, s *schema, what string) {
	for _, lifecycle := range b.Body.Blocks {
		a, ok := lifecycle.Body.Attributes["ignore_changes"]
		if lifecycle.Type != "lifecycle" || !ok {
			continue
		}
		list, ok := a.Expr.(*hclsyntax.TupleConsExpr)
		if !ok {
			continue // all
		}
		for _, e := range list.Exprs {
			t, diags := hcl.AbsTraversalForExpr(e)
			if diags.HasErrors() || len(t) == 0 {
				continue
			}
			name := t.RootName()
			if _, ok := s.attrs[name]; ok || s.reads[name] {
				continue // Terraform only warns about an attribute it computes
			}
			if _, ok := s.blocks[name]; ok {
				continue
			}
			c.at(e.Range(), "%s: ignore_changes names %q, which is not one of its arguments%s", what, name, suggest(name, names(s)))
		}
	}
}

// checkVariableType: a variable's type is a type constraint, and a constant default converts to it.
func (c *checker) checkVariableType(b *hclsyntax.Block) {
	typeAttr, ok := b.Body.Attributes["type"]
	if !ok {
		return
	}
	name := strings.Join(b.Labels, "")
	ty, defaults, diags := typeexpr.TypeConstraintWithDefaults(typeAttr.Expr)
	if diags.HasErrors() {
		for _, d := range diags {
			c.at(typeAttr.SrcRange, "variable %q: type: %s", name, d.Detail)
		}
		return
	}
	def, ok := b.Body.Attributes["default"]
	if !ok {
		return
	}
	value, diags := def.Expr.Value(nil)
	if diags.HasErrors() {
		c.at(def.SrcRange, "variable %q: a default is a constant, without references or function calls", name)
		return
	}
	if value.IsNull() {
		return
	}
	if defaults != nil {
		value = defaults.Apply(value)
	}
	if _, err := convert.Convert(value, ty); err != nil {
		c.at(def.SrcRange, "variable %q: the default is not a %s: %s%v", name, typeexpr.TypeString(ty), where(err), err)
	}
}

// where in a value a conversion failed: "[0]: ", ".email: ", or "".
func where(err error) string {
	pathErr, ok := err.(cty.PathError)
	if !ok || len(pathErr.Path) == 0 {
		return ""
	}
	var b strings.Builder
	for _, step := range pathErr.Path {
		switch step := step.(type) {
		case cty.GetAttrStep:
			b.WriteString("." + step.Name)
		case cty.IndexStep:
			if step.Key.Type() == cty.Number {
				b.WriteString("[" + step.Key.AsBigFloat().String() + "]")
			} else if step.Key.Type() == cty.String {
				b.WriteString(fmt.Sprintf("[%q]", step.Key.AsString()))
			}
		}
	}
	return strings.TrimPrefix(b.String(), ".") + ": "
}

// schemaWith: a block's own schema plus the meta-arguments Terraform adds to it.
func schemaWith(s *schema, meta []string) *schema {
	out := &schema{attrs: map[string]*attribute{}, blocks: map[string]*nested{}, required: s.required, reads: s.reads}
	for k, v := range s.attrs {
		out.attrs[k] = v
	}
	for k, v := range s.blocks {
		out.blocks[k] = v
	}
	for _, m := range meta {
		out.attrs[m] = &attribute{}
	}
	return out
}

func (c *checker) checkBody(body *hclsyntax.Body, s *schema, what string) {
	written := map[string]bool{}
	for name := range body.Attributes {
		written[name] = true
	}
	for _, b := range body.Blocks {
		written[b.Type] = true
		if b.Type == "dynamic" && len(b.Labels) == 1 {
			written[b.Labels[0]] = true
		}
	}
	for _, name := range s.required {
		if !written[name] {
			kind := "argument " + name + " = ..."
			if _, ok := s.blocks[name]; ok {
				kind = "block " + name + " { ... }"
			}
			c.at(body.SrcRange, "%s: the required %s is missing", what, kind)
		}
	}
	for name, a := range body.Attributes {
		if _, ok := s.attrs[name]; ok {
			continue
		}
		if n, ok := s.blocks[name]; ok {
			if !n.attributeSyntax {
				c.at(a.NameRange, "%s: %q is a block, written %s { ... }, not an argument", what, name, name)
			}
			continue
		}
		c.at(a.NameRange, "unknown argument %q in %s%s", name, what, suggest(name, names(s)))
	}
	for _, b := range body.Blocks {
		name, inner := b.Type, b.Body
		if b.Type == "dynamic" && len(b.Labels) == 1 {
			name = b.Labels[0]
			inner = nil
			for _, cb := range b.Body.Blocks {
				if cb.Type == "content" {
					inner = cb.Body
				} else {
					c.at(cb.TypeRange, "dynamic %q: unexpected block %q (only content)", name, cb.Type)
				}
			}
			if inner == nil {
				c.at(b.DefRange(), "dynamic %q has no content block", name)
			}
		}
		path := what + " > " + name
		if n, ok := s.blocks[name]; ok {
			if n.body != nil && inner != nil {
				c.checkBody(inner, n.body, path)
			}
			continue
		}
		if a, ok := s.attrs[name]; ok {
			switch {
			case a.object != nil && inner != nil:
				c.checkBody(inner, a.object, path)
			case a.any:
			default:
				c.at(b.TypeRange, "%s: %q is an argument, written %s = ..., not a block", what, name, name)
			}
			continue
		}
		c.at(b.TypeRange, "unknown block %q in %s%s", name, what, suggest(name, names(s)))
	}
}

func names(s *schema) []string {
	var out []string
	for k := range s.attrs {
		out = append(out, k)
	}
	for k := range s.blocks {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func suggest(name string, candidates []string) string {
	best, bestDistance := "", 3 // as HCL suggests names
	for _, cand := range candidates {
		if d := levenshtein.Distance(name, cand, nil); d < bestDistance {
			best, bestDistance = cand, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}
