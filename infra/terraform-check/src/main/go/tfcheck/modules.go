package main

// What a module declares, the calls of local modules, and references between blocks.

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// declare collects what a module declares, so that references and module calls can be checked in any order.
func (c *checker) declare(m *module) {
	for _, path := range m.paths() {
		for _, b := range m.files[path].Blocks {
			name := ""
			if len(b.Labels) > 0 {
				name = b.Labels[0]
			}
			switch b.Type {
			case "variable":
				if _, dup := m.variables[name]; dup {
					c.at(b.DefRange(), "variable %q is declared twice in %s", name, m.dir)
				}
				_, hasDefault := b.Body.Attributes["default"]
				m.variables[name] = &variable{required: !hasDefault, line: b.DefRange().Start.Line}
			case "output":
				m.outputs[name] = true
			case "locals":
				for n := range b.Body.Attributes {
					m.locals[n] = true
				}
			case "module":
				m.calls[name] = b
			case "check": // may hold a data source of its own
				for _, d := range b.Body.Blocks {
					if d.Type == "data" && len(d.Labels) == 2 {
						m.resources["data."+d.Labels[0]+"."+d.Labels[1]] = true
					}
				}
			case "resource", "data":
				if len(b.Labels) == 2 {
					key := b.Labels[0] + "." + b.Labels[1]
					if b.Type == "data" {
						key = "data." + key
					}
					if m.resources[key] {
						c.at(b.DefRange(), "%s is declared twice in %s", key, m.dir)
					}
					m.resources[key] = true
				}
			case "terraform":
				for _, rp := range b.Body.Blocks {
					if rp.Type == "required_providers" {
						for n, a := range rp.Body.Attributes {
							c.providers[n] = true
							for _, alias := range configurationAliases(a.Expr) {
								m.configs[alias], m.aliases[alias] = true, true
							}
						}
					}
				}
			case "provider":
				if a, ok := b.Body.Attributes["alias"]; ok && name != "" {
					if v, diags := a.Expr.Value(nil); !diags.HasErrors() && v.Type().Equals(cty.String) && !v.IsNull() {
						m.configs[name+"."+v.AsString()] = true
					}
				}
			}
		}
	}
}

// localSource: the folder of a module call's source when it is a local path.
func localSource(m *module, b *hclsyntax.Block) (string, bool) {
	a, ok := b.Body.Attributes["source"]
	if !ok {
		return "", false
	}
	v, diags := a.Expr.Value(nil)
	if diags.HasErrors() || !v.Type().Equals(cty.String) || v.IsNull() {
		return "", false
	}
	src := v.AsString()
	if !strings.HasPrefix(src, "./") && !strings.HasPrefix(src, "../") {
		return "", false
	}
	return filepath.Clean(filepath.Join(m.dir, src)), true
}

func (c *checker) checkModuleCall(m *module, b *hclsyntax.Block) {
	name := strings.Join(b.Labels, "")
	a, ok := b.Body.Attributes["source"]
	if !ok {
		c.at(b.DefRange(), "module %q has no source", name)
		return
	}
	dir, local := localSource(m, b)
	if !local {
		v, diags := a.Expr.Value(nil)
		if diags.HasErrors() || !v.Type().Equals(cty.String) {
			c.at(a.SrcRange, "module %q: source must be a literal string", name)
		} else {
			c.notes[fmt.Sprintf("module source %q is not local and not checked", v.AsString())] = true
		}
		return
	}
	target := c.modules[dir]
	if target == nil {
		found, _ := tfFiles(dir)
		for _, f := range found {
			if filepath.Dir(f) == dir {
				c.parse(f)
			}
		}
		target = c.modules[dir]
		if target == nil {
			c.at(a.SrcRange, "module %q: source %s is not a folder with .tf files", name, dir)
			return
		}
		c.declare(target)
	}
	for _, b := range b.Body.Blocks {
		c.at(b.TypeRange, "module %q: unexpected block %q (a module call takes arguments only)", name, b.Type)
	}
	c.checkProvidersPassed(m, target, b)
	var known []string
	for v := range target.variables {
		known = append(known, v)
	}
	sort.Strings(known)
	for arg, attr := range b.Body.Attributes {
		if contains(moduleMeta, arg) {
			continue
		}
		if _, ok := target.variables[arg]; !ok {
			c.at(attr.NameRange, "module %q: %s declares no variable %q%s", name, dir, arg, suggest(arg, known))
		}
	}
	for _, v := range known {
		if _, passed := b.Body.Attributes[v]; !passed && target.variables[v].required {
			c.at(b.DefRange(), "module %q: required variable %q of %s (no default) is not passed", name, v, dir)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// checkReferences: var.x, local.x, module.m.output, aws_x.name and data.aws_x.name are declared in the module.
// moved and removed blocks name addresses that no longer exist, so they are not looked into.
func (c *checker) checkReferences(m *module, body *hclsyntax.Body) {
	for _, b := range body.Blocks {
		if b.Type == "moved" || b.Type == "removed" {
			continue
		}
		hclsyntax.VisitAll(b.Body, func(n hclsyntax.Node) hcl.Diagnostics {
			switch n := n.(type) {
			case *hclsyntax.Attribute:
				for _, t := range n.Expr.Variables() {
					c.checkReference(m, t)
				}
			case *hclsyntax.FunctionCallExpr:
				c.checkFileArgument(m, n)
			}
			return nil
		})
	}
}

func (c *checker) checkReference(m *module, t hcl.Traversal) {
	root := t.RootName()
	step := func(i int) string {
		if i < len(t) {
			if a, ok := t[i].(hcl.TraverseAttr); ok {
				return a.Name
			}
		}
		return ""
	}
	rng := t.SourceRange()
	switch {
	case root == "var":
		if n := step(1); n != "" && m.variables[n] == nil {
			c.at(rng, "var.%s: no variable %q is declared in %s", n, n, m.dir)
		}
	case root == "local":
		if n := step(1); n != "" && !m.locals[n] {
			c.at(rng, "local.%s: no local value %q is declared in %s", n, n, m.dir)
		}
	case root == "module":
		n := step(1)
		call, ok := m.calls[n]
		if n == "" {
			return
		}
		if !ok {
			c.at(rng, "module.%s: no module %q is called in %s", n, n, m.dir)
			return
		}
		out := firstOf(step(2), step(3)) // module.m.output, module.m[0].output
		dir, local := localSource(m, call)
		if target := c.modules[dir]; local && target != nil && out != "" && !target.outputs[out] {
			c.at(rng, "module.%s.%s: %s has no output %q", n, out, dir, out)
		}
	case root == "data":
		if typ, name := step(1), step(2); strings.HasPrefix(typ, "aws_") && name != "" {
			if !m.resources["data."+typ+"."+name] {
				c.at(rng, "data.%s.%s is not declared in %s", typ, name, m.dir)
			} else if attr := firstOf(step(3), step(4)); attr != "" {
				c.checkRead(rng, "data", typ, "data."+typ+"."+name, attr)
			}
		}
	case strings.HasPrefix(root, "aws_"):
		if name := step(1); name != "" {
			if !m.resources[root+"."+name] {
				c.at(rng, "%s.%s is not declared in %s", root, name, m.dir)
			} else if attr := firstOf(step(2), step(3)); attr != "" {
				c.checkRead(rng, "resource", root, root+"."+name, attr)
			}
		}
	}
}

// checkFileArgument: file("${path.module}/x") and its kin name a file that exists (when the name is known here).
func (c *checker) checkFileArgument(m *module, call *hclsyntax.FunctionCallExpr) {
	switch call.Name {
	case "file", "templatefile", "filebase64", "filemd5", "filesha256", "filesha512":
	default:
		return
	}
	if len(call.Args) == 0 {
		return
	}
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{
		"path": cty.ObjectVal(map[string]cty.Value{"module": cty.StringVal(m.dir)}),
	}}
	v, diags := call.Args[0].Value(ctx)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || !v.Type().Equals(cty.String) {
		return
	}
	name := v.AsString()
	if !filepath.IsAbs(name) && !strings.HasPrefix(name, m.dir) {
		return // relative to the folder terraform runs in, which is not known here
	}
	if _, err := os.Stat(name); err != nil {
		c.at(call.Args[0].Range(), "%s(%q): no such file", call.Name, name)
	}
}

// firstOf: the name after a reference, or after its index ([0], ["key"]).
func firstOf(name, afterIndex string) string {
	if name != "" {
		return name
	}
	return afterIndex
}

// checkRead: the attribute read from a resource or data source (after an index, if any) is one it has.
func (c *checker) checkRead(rng hcl.Range, kind, typ, ref, attr string) {
	s := c.aws.lookup(kind, typ)
	if s == nil || len(s.reads) == 0 {
		return
	}
	if _, ok := s.attrs[attr]; ok || s.reads[attr] {
		return
	}
	if _, ok := s.blocks[attr]; ok {
		return
	}
	var known []string
	for r := range s.reads {
		known = append(known, r)
	}
	sort.Strings(known)
	c.at(rng, "%s.%s: %s has no attribute %q%s", ref, attr, typ, attr, suggest(attr, known))
}

// configurationAliases: the "aws.us_east_1" of required_providers { aws = { configuration_aliases = [aws.us_east_1] } }.
func configurationAliases(expr hclsyntax.Expression) []string {
	object, ok := expr.(*hclsyntax.ObjectConsExpr)
	if !ok {
		return nil
	}
	var out []string
	for _, item := range object.Items {
		if key, ok := item.KeyExpr.(*hclsyntax.ObjectConsKeyExpr); !ok || key.AsTraversal().RootName() != "configuration_aliases" {
			continue
		}
		if list, ok := item.ValueExpr.(*hclsyntax.TupleConsExpr); ok {
			for _, e := range list.Exprs {
				if name := providerConfig(e); name != "" {
					out = append(out, name)
				}
			}
		}
	}
	return out
}

// providerConfig: "aws" or "aws.us_east_1" for an expression that names a provider configuration, else "".
func providerConfig(expr hcl.Expression) string {
	if key, ok := expr.(*hclsyntax.ObjectConsKeyExpr); ok {
		expr = key.Wrapped
	}
	t, diags := hcl.AbsTraversalForExpr(expr)
	if diags.HasErrors() || len(t) == 0 || len(t) > 2 {
		return ""
	}
	if len(t) == 1 {
		return t.RootName()
	}
	if a, ok := t[1].(hcl.TraverseAttr); ok {
		return t.RootName() + "." + a.Name
	}
	return ""
}

// checkProvider: a resource's or data source's provider = aws.alias names a configuration of its module.
func (c *checker) checkProvider(m *module, b *hclsyntax.Block) {
	a, ok := b.Body.Attributes["provider"]
	if !ok {
		return
	}
	name := providerConfig(a.Expr)
	switch {
	case name == "":
		c.at(a.SrcRange, "provider must name a provider configuration, such as aws.us_east_1")
	case strings.Contains(name, ".") && !m.configs[name]:
		c.at(a.SrcRange, "provider %s: no provider block in %s has that alias, nor do its configuration_aliases list it", name, m.dir)
	}
}

// checkProvidersPassed: providers = { aws.x = aws.y } passes configurations the caller has to aliases the module
// declares, and every alias the module declares is passed.
func (c *checker) checkProvidersPassed(caller, target *module, call *hclsyntax.Block) {
	passed := map[string]bool{}
	name := strings.Join(call.Labels, "")
	if a, ok := call.Body.Attributes["providers"]; ok {
		object, ok := a.Expr.(*hclsyntax.ObjectConsExpr)
		if !ok {
			c.at(a.SrcRange, "module %q: providers must be written { aws.alias = aws.other }", name)
			return
		}
		for _, item := range object.Items {
			key, value := providerConfig(item.KeyExpr), providerConfig(item.ValueExpr)
			passed[key] = true
			if strings.Contains(key, ".") && !target.aliases[key] {
				c.at(item.KeyExpr.Range(), "module %q: %s declares no configuration_aliases %s", name, target.dir, key)
			}
			if strings.Contains(value, ".") && !caller.configs[value] {
				c.at(item.ValueExpr.Range(), "module %q: provider %s is not configured in %s", name, value, caller.dir)
			}
		}
	}
	var needed []string
	for alias := range target.aliases {
		needed = append(needed, alias)
	}
	sort.Strings(needed)
	for _, alias := range needed {
		if !passed[alias] {
			c.at(call.DefRange(), "module %q: %s needs the provider configuration %s, passed in providers = { %s = ... }", name, target.dir, alias, alias)
		}
	}
}
