package main

// The AWS provider's schema, read from the generated bindings of the npm package @cdktf/provider-aws: for every
// resource, data source and the provider itself, lib/<name>/index.js (and its index-structs/*.js) hold the class's
// synthesizeHclAttributes() and one <struct>ToHclTerraform() function per nested block, each listing the Terraform
// names it writes:
//
//	versioning_configuration: {
//	    value: s3BucketVersioningVersioningConfigurationToHclTerraform(this._versioningConfiguration.internalValue),
//	    isBlock: true,
//	    type: "list",
//
// The value says whether the name is a plain argument (cdktf.stringToHclTerraform and the like), an argument of
// any shape (cdktf.anyToHclTerraform: the bindings give up on very deep blocks such as wafv2's statement, so its
// contents are not checked), or a nested block (another ...ToHclTerraform function of the same folder).

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// schema of one block body: its arguments and its nested block types.
type schema struct {
	attrs    map[string]*attribute
	blocks   map[string]*nested
	required []string        // arguments and blocks that must be written (dynamic blocks count)
	reads    map[string]bool // of a resource or data source: the attributes other blocks may read
}

type attribute struct {
	any    bool    // any shape: contents unchecked, may be written as a block too
	object *schema // an object-typed argument (may be written as blocks: "attributes as blocks")
}

type nested struct {
	body            *schema
	attributeSyntax bool // a block that Terraform also accepts as an argument (e.g. aws_security_group's ingress)
}

type entry struct {
	name     string
	field    string // the bindings' camelCase name, as their TypeScript interfaces list it
	isBlock  bool
	ref      string // struct function (without ToHclTerraform) when nested
	any      bool
	attrMode bool
}

type providerSchema struct {
	lib     string // node_modules/@cdktf/provider-aws/lib
	version string // of the hashicorp/aws provider the bindings were generated from
	cache   map[string]*schema
	folders []string
}

var (
	keyLine     = regexp.MustCompile(`^\s+"?([A-Za-z0-9_]+)"?: \{$`)
	valueLine   = regexp.MustCompile(`^\s+value: (.*),$`)
	isBlockLine = regexp.MustCompile(`^\s+isBlock: (true|false),$`)
	structFunc  = regexp.MustCompile(`^function (\w+)ToHclTerraform\(struct\) \{`)
	resourceFn  = regexp.MustCompile(`^\s+synthesizeHclAttributes\(\) \{`)
	mapperRef   = regexp.MustCompile(`([\w.$]+)ToHclTerraform`)
	versionLine = regexp.MustCompile(`hashicorp/aws provider version ([0-9.]+)`)
	fieldRef    = regexp.MustCompile(`\((?:struct\.|this\._)(\w+)`)
	classLine   = regexp.MustCompile(`^class (\w+) extends cdktf\.Terraform(?:Resource|DataSource|Provider) \{`)
	readAttr    = regexp.MustCompile(`this\.get\w*Attribute\('([a-z0-9_]+)'\)|\w+\(this, "([a-z0-9_]+)"[,)]`)
	ifaceLine   = regexp.MustCompile(`^export interface (\w+)`)
	fieldLine   = regexp.MustCompile(`^\s+readonly (\w+)(\??):`)
)

func newProviderSchema(pkg string) (*providerSchema, error) {
	p := &providerSchema{lib: filepath.Join(pkg, "lib"), cache: map[string]*schema{}, version: "?"}
	if _, err := os.Stat(filepath.Join(p.lib, "provider", "index.js")); err != nil {
		return nil, err
	}
	if readme, err := os.ReadFile(filepath.Join(pkg, "README.md")); err == nil {
		if m := versionLine.FindSubmatch(readme); m != nil {
			p.version = string(m[1])
		}
	}
	return p, nil
}

// folder of a resource ("aws_s3_bucket" → s3-bucket) or data source (→ data-aws-s3-bucket); "aws" is the provider.
func folder(kind, typ string) string {
	if kind == "provider" {
		return "provider"
	}
	name := strings.ReplaceAll(strings.TrimPrefix(typ, "aws_"), "_", "-")
	if kind == "data" {
		return "data-aws-" + name
	}
	return name
}

// lookup returns the schema of a resource, data source or provider block, or nil when the provider has no such type.
func (p *providerSchema) lookup(kind, typ string) *schema {
	dir := folder(kind, typ)
	if s, ok := p.cache[dir]; ok {
		return s
	}
	s := p.load(dir)
	p.cache[dir] = s
	return s
}

func (p *providerSchema) load(dir string) *schema {
	files := []string{filepath.Join(p.lib, dir, "index.js")}
	if _, err := os.Stat(files[0]); err != nil {
		return nil
	}
	more, _ := filepath.Glob(filepath.Join(p.lib, dir, "index-structs", "*.js"))
	files = append(files, more...)
	owners := map[string][]entry{} // "" = the resource itself
	js := &jsFacts{owners: owners, reads: map[string]bool{}}
	for _, f := range files {
		readEntries(f, js)
	}
	// Which fields are required: the TypeScript interfaces, <Class>Config for the resource, <Struct> for a block.
	required := map[string]map[string]bool{}
	for _, f := range files {
		readInterfaces(strings.TrimSuffix(f, ".js")+".d.ts", required)
	}
	iface := func(owner string) string {
		if owner == "" {
			return js.class + "Config"
		}
		return strings.ToUpper(owner[:1]) + owner[1:]
	}
	built := map[string]*schema{}
	var build func(owner string) *schema
	build = func(owner string) *schema {
		if s, ok := built[owner]; ok {
			return s
		}
		s := &schema{attrs: map[string]*attribute{}, blocks: map[string]*nested{}}
		built[owner] = s
		for _, e := range owners[owner] {
			if e.field != "" && required[iface(owner)][e.field] {
				s.required = append(s.required, e.name)
			}
			var body *schema
			if e.ref != "" {
				body = build(e.ref)
			}
			if e.isBlock && body != nil {
				s.blocks[e.name] = &nested{body: body, attributeSyntax: e.attrMode}
			} else {
				s.attrs[e.name] = &attribute{any: e.any, object: body}
			}
		}
		return s
	}
	s := build("")
	s.reads = js.reads
	return s
}

type jsFacts struct {
	owners map[string][]entry
	class  string          // the resource's (or data source's, or provider's) class
	reads  map[string]bool // every attribute name the class reads
}

// eachLine calls read with every line of a file; a file that is not there has no lines.
func eachLine(file string, read func(line string)) {
	f, err := os.Open(file)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		read(sc.Text())
	}
}

func readInterfaces(file string, required map[string]map[string]bool) {
	current := ""
	eachLine(file, func(line string) {
		if m := ifaceLine.FindStringSubmatch(line); m != nil {
			current = m[1]
			required[current] = map[string]bool{}
		} else if line == "}" {
			current = ""
		} else if m := fieldLine.FindStringSubmatch(line); m != nil && current != "" && m[2] == "" {
			required[current][m[1]] = true
		}
	})
}

func readEntries(file string, js *jsFacts) {
	owners := js.owners
	owner := "-"
	inClass := false
	var prev2, prev1 string
	eachLine(file, func(line string) {
		if m := classLine.FindStringSubmatch(line); m != nil {
			js.class, inClass = m[1], true
		} else if line == "}" {
			inClass = false
		} else if inClass {
			for _, m := range readAttr.FindAllStringSubmatch(line, -1) {
				js.reads[m[1]+m[2]] = true
			}
		}
		if m := structFunc.FindStringSubmatch(line); m != nil {
			owner = m[1]
		} else if resourceFn.MatchString(line) {
			owner = ""
		} else if m := isBlockLine.FindStringSubmatch(line); m != nil && owner != "-" {
			k := keyLine.FindStringSubmatch(prev2)
			v := valueLine.FindStringSubmatch(prev1)
			if k != nil && v != nil {
				e := entry{name: k[1], isBlock: m[1] == "true"}
				if f := fieldRef.FindAllStringSubmatch(v[1], -1); len(f) > 0 {
					e.field = f[len(f)-1][1]
				}
				refs := mapperRef.FindAllStringSubmatch(v[1], -1)
				if len(refs) > 0 {
					ref := refs[len(refs)-1][1]
					if strings.HasPrefix(ref, "cdktf.") {
						e.any = ref == "cdktf.any"
					} else {
						e.ref = ref[strings.LastIndex(ref, ".")+1:]
						e.attrMode = strings.Contains(v[1], "ToHclTerraform, false)")
					}
				}
				owners[owner] = append(owners[owner], e)
			}
		}
		prev2, prev1 = prev1, line
	})
}

// names of all resource (or data source) types, for "did you mean".
func (p *providerSchema) typeNames(kind string) []string {
	if p.folders == nil {
		entries, _ := os.ReadDir(p.lib)
		for _, e := range entries {
			if e.IsDir() {
				p.folders = append(p.folders, e.Name())
			}
		}
	}
	var names []string
	for _, f := range p.folders {
		isData := strings.HasPrefix(f, "data-aws-")
		if f == "provider" || isData != (kind == "data") {
			continue
		}
		names = append(names, "aws_"+strings.ReplaceAll(strings.TrimPrefix(f, "data-aws-"), "-", "_"))
	}
	sort.Strings(names)
	return names
}
