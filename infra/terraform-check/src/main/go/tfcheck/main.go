// Command tfcheck checks Terraform configuration offline, as CI runs it on every .tf file (infra/terraform-check):
//
//  1. every .tf and .tfvars file parses with HashiCorp's HCL v2 (hclsyntax) and is formatted: hclwrite.Format,
//     which hclfmt and `terraform fmt` use, leaves it byte for byte unchanged;
//  2. every resource type, data source type, argument and nested block (dynamic blocks included) used in resource,
//     data and provider "aws" blocks exists in the hashicorp/aws provider's schema, read from the generated
//     bindings of @cdktf/provider-aws (schema.go), required ones are written (blocks.go), and attributes read from a
//     resource are ones it has (modules.go);
//  3. the language's own blocks are checked loosely: the top-level block types, the arguments of variable, output,
//     module and terraform blocks, meta-arguments and lifecycle; a module call's local source is a folder with .tf
//     files, every argument passed is one of its variables and every variable without a default is passed;
//     references to var.*, local.*, module.<name>.<output> and aws_* resources and data sources are declared,
//     count.index and each are used only with count and for_each, and file() names a file that exists (modules.go).
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

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
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
	configs   map[string]bool // provider configurations it may use by alias: "aws.us_east_1"
	aliases   map[string]bool // of those, the ones its caller must pass (configuration_aliases)
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
			locals: map[string]bool{}, calls: map[string]*hclsyntax.Block{}, resources: map[string]bool{},
			configs: map[string]bool{}, aliases: map[string]bool{}}
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
