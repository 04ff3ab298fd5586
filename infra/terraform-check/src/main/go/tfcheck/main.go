// Command tfcheck checks Terraform configuration offline, as CI runs it on every .tf file (infra/terraform-check):
//
//  1. every .tf and .tfvars file parses with HashiCorp's HCL v2 (hclsyntax) and is formatted: hclwrite.Format,
//     which hclfmt and `terraform fmt` use, leaves it byte for byte unchanged;
//  2. every resource type, data source type, argument and nested block (dynamic blocks included) used in resource,
//     data and provider "aws" blocks exists in the hashicorp/aws provider's schema, read from the generated
//     bindings of @cdktf/provider-aws (see schema.go);
//  3. the language's own blocks are checked loosely: the top-level block types, the arguments of variable, output,
//     module and terraform blocks, meta-arguments and lifecycle; a module call's local source is a folder with .tf
//     files, every argument passed is one of its variables and every variable without a default is passed;
//     references to var.*, local.*, module.<name>.<output> and aws_* resources and data sources are declared.
//
// Every problem is printed as "file:line: message"; the exit status is 1 when there is any, 2 on a usage error.
//
// Usage: tfcheck -schema node_modules/@cdktf/provider-aws [-hclfmt path] folder-or-file...
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/agext/levenshtein"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"
)

type problem struct {
	file string
	line int
	text string
}

type checker struct {
	aws       *providerSchema
	hclfmt    string
	problems  []problem
	notes     map[string]bool
	modules   map[string]*module // by folder
	providers map[string]bool    // local names declared in required_providers anywhere
	parsed    int
}

// module: the .tf files of one folder, as Terraform reads them.
type module struct {
	dir       string
	files     map[string]*hclsyntax.Body
	variables map[string]*variable
	outputs   map[string]bool
	locals    map[string]bool
	calls     map[string]*hclsyntax.Block
	resources map[string]bool // "aws_s3_bucket.site", "data.aws_region.here"
}

type variable struct {
	required bool
	line     int
}

func main() {
	schemaDir := flag.String("schema", "", "folder of the npm package @cdktf/provider-aws")
	hclfmt := flag.String("hclfmt", "hclfmt", "how to name hclfmt in the advice to reformat a file")
	flag.Parse()
	if *schemaDir == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: tfcheck -schema node_modules/@cdktf/provider-aws [-hclfmt path] folder-or-file...")
		os.Exit(2)
	}
	aws, err := newProviderSchema(*schemaDir)
	if err != nil {
		fmt.Fprintf(os.Stderr, "tfcheck: no AWS provider schema in %s (npm ci in infra/terraform-check installs it): %v\n", *schemaDir, err)
		os.Exit(2)
	}
	c := &checker{aws: aws, hclfmt: *hclfmt, notes: map[string]bool{}, modules: map[string]*module{}, providers: map[string]bool{}}

	var files []string
	for _, root := range flag.Args() {
		found, err := tfFiles(root)
		if err != nil {
			c.report(root, 0, "cannot be read: %v", err)
		}
		files = append(files, found...)
	}
	for _, f := range files {
		c.parse(f)
	}
	dirs := make([]string, 0, len(c.modules))
	for d := range c.modules {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		c.declare(c.modules[d])
	}
	for _, d := range dirs {
		c.check(c.modules[d])
	}

	sort.SliceStable(c.problems, func(i, j int) bool {
		if c.problems[i].file != c.problems[j].file {
			return c.problems[i].file < c.problems[j].file
		}
		if c.problems[i].line != c.problems[j].line {
			return c.problems[i].line < c.problems[j].line
		}
		return c.problems[i].text < c.problems[j].text
	})
	for _, p := range c.problems {
		fmt.Printf("%s:%d: %s\n", p.file, p.line, p.text)
	}
	notes := make([]string, 0, len(c.notes))
	for n := range c.notes {
		notes = append(notes, n)
	}
	sort.Strings(notes)
	for _, n := range notes {
		fmt.Println("note: " + n)
	}
	fmt.Printf("tfcheck: %d files in %d modules, hashicorp/aws %s schema: %d problems\n",
		c.parsed, len(c.modules), aws.version, len(c.problems))
	if len(c.problems) > 0 {
		os.Exit(1)
	}
}

func tfFiles(root string) ([]string, error) {
	var files []string
	err := filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.IsDir() {
			switch info.Name() {
			case ".terraform", "node_modules", "target", ".git":
				if path != root {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if strings.HasSuffix(path, ".tf") || strings.HasSuffix(path, ".tfvars") {
			files = append(files, path)
		}
		return nil
	})
	return files, err
}

func (c *checker) report(file string, line int, format string, args ...interface{}) {
	c.problems = append(c.problems, problem{file, line, fmt.Sprintf(format, args...)})
}

func (c *checker) at(rng hcl.Range, format string, args ...interface{}) {
	c.report(rng.Filename, rng.Start.Line, format, args...)
}

// parse reads one file: syntax, then format; a .tf file joins its folder's module.
func (c *checker) parse(path string) {
	src, err := os.ReadFile(path)
	if err != nil {
		c.report(path, 0, "cannot be read: %v", err)
		return
	}
	c.parsed++
	file, diags := hclsyntax.ParseConfig(src, path, hcl.InitialPos)
	for _, d := range diags {
		line := 0
		if d.Subject != nil {
			line = d.Subject.Start.Line
		}
		text := d.Summary
		if d.Detail != "" {
			text += ": " + d.Detail
		}
		c.report(path, line, "does not parse: %s", text)
	}
	if diags.HasErrors() {
		return
	}
	if formatted := hclwrite.Format(src); !bytes.Equal(formatted, src) {
		c.report(path, firstDifference(src, formatted), "is not formatted as hclfmt and terraform fmt write it (first difference on this line): run %s -w %s",
			c.hclfmt, path)
	}
	if !strings.HasSuffix(path, ".tf") {
		return
	}
	dir := filepath.Dir(path)
	m := c.modules[dir]
	if m == nil {
		m = &module{dir: dir, files: map[string]*hclsyntax.Body{}, variables: map[string]*variable{}, outputs: map[string]bool{},
			locals: map[string]bool{}, calls: map[string]*hclsyntax.Block{}, resources: map[string]bool{}}
		c.modules[dir] = m
	}
	m.files[path] = file.Body.(*hclsyntax.Body)
}

func firstDifference(a, b []byte) int {
	line := 1
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return line
		}
		if a[i] == '\n' {
			line++
		}
	}
	return line
}

func (m *module) paths() []string {
	paths := make([]string, 0, len(m.files))
	for p := range m.files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

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
						for n := range rp.Body.Attributes {
							c.providers[n] = true
						}
					}
				}
			}
		}
	}
}

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
	case "provider":
		if len(b.Labels) == 1 && b.Labels[0] == "aws" {
			c.checkBody(b.Body, schemaWith(c.aws.lookup("provider", "aws"), []string{"alias", "version"}), `provider "aws"`)
		}
	case "variable":
		c.checkBody(b.Body, variableSchema, "variable")
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
