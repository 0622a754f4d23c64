package server

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// apiDoc is openapi.json decoded, with just enough of OpenAPI 3 and JSON
// Schema to check answers: $ref, type, nullable, required, properties,
// additionalProperties: false, items, enum and format date.
type apiDoc struct{ root map[string]any }

func loadAPIDoc(t *testing.T) apiDoc {
	t.Helper()
	var root map[string]any
	if err := json.Unmarshal(openAPI, &root); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if v, _ := root["openapi"].(string); !strings.HasPrefix(v, "3.") {
		t.Fatalf("openapi.json: openapi %q, want 3.x", v)
	}
	return apiDoc{root}
}

// resolve follows $ref (local references only).
func (d apiDoc) resolve(node map[string]any) map[string]any {
	for i := 0; i < 10; i++ {
		ref, ok := node["$ref"].(string)
		if !ok {
			return node
		}
		var cur any = d.root
		for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			m, _ := cur.(map[string]any)
			cur = m[part]
		}
		next, ok := cur.(map[string]any)
		if !ok {
			panic("openapi.json: dangling $ref " + ref)
		}
		node = next
	}
	panic("openapi.json: $ref loop")
}

// operation returns the operation of path and method ("get").
func (d apiDoc) operation(path, method string) map[string]any {
	paths, _ := d.root["paths"].(map[string]any)
	item, _ := paths[path].(map[string]any)
	op, _ := item[method].(map[string]any)
	return op
}

// responseSchema returns the JSON schema documented for an answer of
// status to path's GET, or an error when that status is not documented.
func (d apiDoc) responseSchema(path string, status int) (map[string]any, error) {
	op := d.operation(path, "get")
	responses, _ := op["responses"].(map[string]any)
	resp, ok := responses[strconv.Itoa(status)].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("status %d is not documented for %s", status, path)
	}
	resp = d.resolve(resp)
	content, _ := resp["content"].(map[string]any)
	media, _ := content["application/json"].(map[string]any)
	schema, ok := media["schema"].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("status %d of %s has no application/json schema", status, path)
	}
	return schema, nil
}

// validate checks v against schema and returns what differs, each
// difference with its JSON path in v.
func (d apiDoc) validate(at string, v any, schema map[string]any) []string {
	schema = d.resolve(schema)
	if v == nil {
		if schema["nullable"] == true {
			return nil
		}
		return []string{at + ": null, not nullable"}
	}
	var errs []string
	switch typ, _ := schema["type"].(string); typ {
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %T, want an object", at, v)}
		}
		props, _ := schema["properties"].(map[string]any)
		required, _ := schema["required"].([]any)
		for _, k := range required {
			if _, ok := obj[k.(string)]; !ok {
				errs = append(errs, fmt.Sprintf("%s: documented field %q missing", at, k))
			}
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p, ok := props[k].(map[string]any)
			if !ok {
				if schema["additionalProperties"] == false {
					errs = append(errs, fmt.Sprintf("%s: undocumented field %q", at, k))
				}
				continue
			}
			errs = append(errs, d.validate(at+"."+k, obj[k], p)...)
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %T, want an array", at, v)}
		}
		items, _ := schema["items"].(map[string]any)
		for i, e := range arr {
			if items != nil {
				errs = append(errs, d.validate(fmt.Sprintf("%s[%d]", at, i), e, items)...)
			}
		}
	case "string":
		s, ok := v.(string)
		if !ok {
			return []string{fmt.Sprintf("%s: %T, want a string", at, v)}
		}
		if enum, ok := schema["enum"].([]any); ok && !slices.Contains(enum, any(s)) {
			errs = append(errs, fmt.Sprintf("%s: %q not in %v", at, s, enum))
		}
		if schema["format"] == "date" {
			if _, err := time.Parse(time.DateOnly, s); err != nil {
				errs = append(errs, fmt.Sprintf("%s: %q is not a YYYY-MM-DD date", at, s))
			}
		}
	case "integer", "number":
		n, ok := v.(float64)
		if !ok {
			return []string{fmt.Sprintf("%s: %T, want a %s", at, v, typ)}
		}
		if typ == "integer" && n != math.Trunc(n) {
			errs = append(errs, fmt.Sprintf("%s: %v, want an integer", at, n))
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			errs = append(errs, fmt.Sprintf("%s: %T, want a boolean", at, v))
		}
	}
	return errs
}

// check requests target, wants status, and checks the answer against
// what openapi.json documents for path and that status.
func (d apiDoc) check(t *testing.T, path, method, target string, status int) {
	t.Helper()
	var body any
	do(t, exampleServer(t), method, target, status, &body)
	schema, err := d.responseSchema(path, status)
	if err != nil {
		t.Errorf("%s %s: %v", method, target, err)
		return
	}
	for _, e := range d.validate("$", body, schema) {
		t.Errorf("%s %s: %s", method, target, e)
	}
}

// TestOpenAPI checks the served API against openapi.json: every endpoint
// is documented and every documented path answers; every documented
// query parameter is accepted; each answer, of every status the test
// provokes, has exactly the documented fields and types.
func TestOpenAPI(t *testing.T) {
	d := loadAPIDoc(t)
	srv := exampleServer(t)
	paths, _ := d.root["paths"].(map[string]any)
	var documented, served []string
	for p, item := range paths {
		if _, ok := item.(map[string]any)["get"]; ok { // POST /api/ingest: TestIngest
			documented = append(documented, p)
		}
	}
	for p := range examplesAPI.endpoints() {
		served = append(served, p)
	}
	sort.Strings(documented)
	sort.Strings(served)
	if !slices.Equal(documented, served) {
		t.Fatalf("openapi.json documents %v, the server serves %v", documented, served)
	}

	// a real ID of each kind, for the {id} paths
	ids := map[string]string{}
	for kind, listPath := range map[string]string{"entities": "/api/entities?limit=1", "stories": "/api/stories?limit=1", "search": "/api/search?q=said&limit=1"} {
		var l listAnswer
		get(t, srv, listPath, http.StatusOK, &l)
		if len(l.Results) == 0 {
			t.Fatalf("%s: no results", listPath)
		}
		ids[kind] = l.Results[0]["id"].(string)
		if kind == "search" {
			ids["documents"] = l.Results[0]["sources"].([]any)[0].(map[string]any)["doc_id"].(string)
		}
	}

	for _, path := range documented {
		t.Run(path, func(t *testing.T) {
			op := d.operation(path, "get")
			if op == nil {
				t.Fatal("no get operation")
			}
			concrete, kind := path, ""
			if strings.HasSuffix(path, "/{id}") {
				kind = strings.TrimPrefix(strings.TrimSuffix(path, "/{id}"), "/api/")
				concrete = strings.TrimSuffix(path, "{id}") + url.PathEscape(ids[kind])
			}
			base := url.Values{}
			var query []map[string]any
			params, _ := op["parameters"].([]any)
			for _, p := range params {
				p := d.resolve(p.(map[string]any))
				if p["in"] == "query" {
					query = append(query, p)
					if p["required"] == true {
						base.Set(p["name"].(string), "said")
					}
				}
			}
			target := concrete
			if len(base) > 0 {
				target += "?" + base.Encode()
			}
			d.check(t, path, "GET", target, http.StatusOK)
			d.check(t, path, "POST", target, http.StatusMethodNotAllowed)
			if kind != "" {
				d.check(t, path, "GET", strings.TrimSuffix(path, "{id}")+"no-such-id", http.StatusNotFound)
			}
			// every documented query parameter, with a good value and,
			// where one can be bad, a bad one
			for _, p := range query {
				name := p["name"].(string)
				schema := d.resolve(p["schema"].(map[string]any))
				good, bad := "said", ""
				switch {
				case name == "entity":
					good, bad = ids["entities"], ""
				case name == "story":
					good, bad = ids["stories"], ""
				case name == "cursor":
					good, bad = "", "not-a-cursor"
				case schema["format"] == "date":
					good, bad = "2016-10-01", "2016-10"
				case schema["type"] == "integer":
					good, bad = "2", "-1"
				case schema["enum"] != nil:
					good, bad = schema["enum"].([]any)[0].(string), "NOPE"
				}
				q := url.Values{}
				for k, v := range base {
					q[k] = v
				}
				q.Set(name, good)
				d.check(t, path, "GET", concrete+"?"+q.Encode(), http.StatusOK)
				if bad != "" {
					q.Set(name, bad)
					d.check(t, path, "GET", concrete+"?"+q.Encode(), http.StatusBadRequest)
				}
			}
		})
	}
}

// TestValidate checks the checker: an undocumented or missing field, a
// wrong type and a null where none is allowed are all differences.
func TestValidate(t *testing.T) {
	d := loadAPIDoc(t)
	schema, err := d.responseSchema("/api/entities/{id}", http.StatusOK)
	if err != nil {
		t.Fatal(err)
	}
	good := func() map[string]any {
		return map[string]any{"id": "e1", "name": "Priya Kellan", "type": "PER", "aliases": []any{"Kellan"},
			"roles": []any{}, "role_dates": []any{map[string]any{"title": "MP", "date": "2019-03-18"}}, "mentions": 3.0}
	}
	if errs := d.validate("$", good(), schema); len(errs) > 0 {
		t.Fatalf("a good entity: %v", errs)
	}
	for name, change := range map[string]func(map[string]any){
		"undocumented field": func(m map[string]any) { m["extra"] = 1.0 },
		"missing field":      func(m map[string]any) { delete(m, "mentions") },
		"wrong type":         func(m map[string]any) { m["mentions"] = "3" },
		"not an integer":     func(m map[string]any) { m["mentions"] = 3.5 },
		"null":               func(m map[string]any) { m["name"] = nil },
		"not in enum":        func(m map[string]any) { m["type"] = "PERSON" },
		"nested undocumented": func(m map[string]any) {
			m["role_dates"] = []any{map[string]any{"title": "MP", "since": "x"}}
		},
		"bad date": func(m map[string]any) { m["role_dates"] = []any{map[string]any{"title": "MP", "date": "March"}} },
	} {
		m := good()
		change(m)
		if errs := d.validate("$", m, schema); len(errs) == 0 {
			t.Errorf("%s: no difference found", name)
		}
	}
}
