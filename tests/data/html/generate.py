"""Writes two HTML renderings of the seed page (test fixtures): a card layout and a
definition-list layout. Run once; the output files are committed."""
import html, re, sys
seed = open(sys.argv[1], encoding='utf-8-sig').read().split('\n')
esc = lambda s: html.escape(s, quote=False).replace('€', '&euro;')
HEADINGS = set()
for i, l in enumerate(seed):
    if l and not l.startswith(('- ', '|')) and len(l.split()) <= 8 and not l.endswith(('.', '?', ':')) and not l.startswith(('Candidate', 'Experience Level', 'Applied', 'Difficulty', 'Final', 'Interview Process', 'Questions Asked', 'Advice', 'Full Experience')) and not re.match(r'^\d+$', l):
        HEADINGS.add(i)
# split into prose part and records
first_rec = next(i for i, l in enumerate(seed) if 'Interview Experience' in l and l.startswith('Updated'))
prose = seed[:first_rec - 1]
company_heading = seed[first_rec - 1]
records = []
cur = None
i = first_rec
tail = []
while i < len(seed):
    l = seed[i]
    if 'Interview Experience' in l and i + 1 < len(seed) and seed[i+1].startswith('Candidate:'):
        cur = {'title': l, 'fields': [], 'questions': [], 'advice': '', 'full': ''}
        records.append(cur); i += 1; continue
    if l.startswith('Frequently Asked Questions in'):
        tail = seed[i:]; break
    for lab in ['Candidate', 'Experience Level', 'Applied Via', 'Difficulty', 'Final Result']:
        if l.startswith(lab + ':'):
            cur['fields'].append((lab, l[len(lab)+1:].strip()))
    if l == 'Interview Process':
        cur['rounds'] = seed[i+1]; i += 2; continue
    if l.startswith('- '):
        cur['questions'].append(l[2:])
    if l == 'Advice':
        cur['advice'] = seed[i+1]; i += 2; continue
    if l == 'Full Experience':
        cur['full'] = seed[i+1]; i += 2; continue
    i += 1
date_m = re.match(r'Updated (\d+ \w+ \d{4})(.*)', records[0]['title'])
date, records[0]['title'] = date_m.group(1), date_m.group(2)

def prose_html(style):
    out = []; in_list = False; table = []
    def close_list():
        nonlocal in_list
        if in_list: out.append('</ul>'); in_list = False
    def flush_table():
        nonlocal table
        if not table: return
        rows = [[c.strip() for c in r.strip().strip('|').split('|')] for r in table if not re.match(r'^\|[-| ]+\|$', r)]
        out.append('<table class="data">' if style == 'a' else '<div class="tbl"><table>')
        out.append('<thead><tr>' + ''.join(f'<th>{esc(c)}</th>' for c in rows[0]) + '</tr></thead><tbody>')
        for r in rows[1:]:
            cells = [esc(c).replace(' - ', '&nbsp;-&nbsp;') for c in r]
            out.append('<tr>' + ''.join(f'<td>{c}</td>' for c in cells) + '</tr>')
        out.append('</tbody></table>' + ('' if style == 'a' else '</div>'))
        table = []
    for idx, l in enumerate(prose):
        if l.startswith('|'):
            close_list(); table.append(l); continue
        flush_table()
        if idx in HEADINGS:
            close_list()
            tag = 'h2' if style == 'a' else 'h3'
            out.append(f'<{tag} class="section-title">{esc(l)}</{tag}>')
        elif l.startswith('- '):
            if not in_list: out.append('<ul class="bullets">'); in_list = True
            item = l[2:]
            m = re.match(r'^([^:“]{2,40}): (.*)$', item)
            if m and style == 'a':
                out.append(f'  <li><strong>{esc(m.group(1))}:</strong> {esc(m.group(2))}</li>')
            elif style == 'b':
                out.append(f'  <li><p>{esc(item)}</p></li>')
            else:
                out.append(f'  <li>{esc(item)}</li>')
        elif l.strip():
            close_list(); out.append(f'<p>{esc(l)}</p>')
    close_list(); flush_table()
    return '\n'.join(out)

def layout_a():
    o = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"><title>backbase interview guide | CareerSite</title>',
         '<style>.card{border:1px solid #ccc}</style>',
         '<script>window.__state = {"user": "Candidate: Nobody", "x": "<p>Final Result: Rejected</p>"};</script></head><body>',
         '<header class="site"><nav><ul><li><a href="/">Home</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/salaries">Salaries</a></li></ul></nav></header>',
         '<main><article class="guide">', prose_html('a'),
         f'<h2 class="qa">{esc(company_heading)}</h2>',
         f'<p class="updated">Updated <time datetime="2026-02-21">{date}</time></p>']
    for r in records:
        o.append('<div class="card experience">')
        role = r['title'].replace(' Interview Experience', '')
        o.append(f'  <h3><em>{esc(role)}</em> Interview Experience</h3>')
        o.append('  <div class="meta">')
        for lab, val in r['fields']:
            o.append(f'    <div class="row"><span class="label">{lab}:</span> <span class="value">{esc(val)}</span></div>')
        o.append('  </div>')
        o.append(f'  <p class="rounds">Interview Process: <span class="badge">{r["rounds"]}</span> rounds</p>')
        o.append('  <h4>Questions Asked</h4>\n  <ol class="questions">')
        for q in r['questions']:
            o.append(f'    <li><p>{esc(q)}</p></li>')
        o.append('  </ol>')
        o.append(f'  <h4>Advice</h4>\n  <p>{esc(r["advice"])}</p>')
        o.append(f'  <h4>Full Experience</h4>\n  <p>{esc(r["full"])}</p>')
        o.append('  <div class="actions"><button>Helpful</button><form><input name="q"></form></div>')
        o.append('</div>')
    o.append(f'<h2>{esc(tail[0])}</h2>')
    o += [f'<p>{esc(l)}</p>' for l in tail[1:] if l.strip()]
    o.append('</article></main>')
    o.append('<aside><h3>Similar companies</h3><ul><li>Temenos Interview Experience</li></ul></aside>')
    o.append('<footer><p>Candidate: Nobody</p><p>© CareerSite</p></footer>')
    o.append('<script>document.write("Software Engineer Interview Experience")</script></body></html>')
    return '\n'.join(o) + '\n'

def layout_b():
    o = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>Interview guide</title></head>', '<body>',
         '<div id="app">', '<div class="topbar"><nav>Login | Sign up</nav></div>',
         '<div class="content">', prose_html('b'),
         f'<section class="reviews"><h1>{esc(company_heading)}</h1>']
    for n, r in enumerate(records):
        o.append('<section class="review">')
        title = esc(r['title'])
        if n == 0:
            title = f'<span class="date">Updated {date}</span>{title}'
        o.append(f'<h2>{title}</h2>')
        o.append('<dl>')
        for lab, val in r['fields']:
            o.append(f'<dt>{lab}</dt><dd>{esc(val)}</dd>' if val else f'<dt>{lab}</dt><dd></dd>')
        o.append(f'<dt>Interview Process</dt><dd>{r["rounds"]}</dd>')
        o.append('</dl>')
        o.append('<div class="block"><div class="block-title">Questions Asked</div><ul>')
        for q in r['questions']:
            o.append(f'<li>{esc(q)}</li>')
        o.append('</ul></div>')
        o.append(f'<div class="block"><div class="block-title">Advice</div><div class="text">{esc(r["advice"])}</div></div>')
        o.append(f'<div class="block"><div class="block-title">Full Experience</div><div class="text">{esc(r["full"])}</div></div>')
        o.append('</section>')
    o.append('</section>')
    o.append(f'<div class="community"><h3>{esc(tail[0])}</h3>' + ''.join(f'<div>{esc(l)}</div>' for l in tail[1:] if l.strip()) + '</div>')
    o.append('</div></div>')
    o.append('<footer>About · Privacy</footer><script type="application/json" id="data">{"candidate":"Candidate: Nobody"}</script></body></html>')
    return '\n'.join(o) + '\n'

open('seed-cards.html', 'w', encoding='utf-8').write(layout_a())
open('seed-definition-list.html', 'w', encoding='utf-8').write(layout_b())

def layout_c():
    """Records as tables, paragraphs as divs, FAQ as <details>, date in its own element."""
    o = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>guide</title><style>td{padding:2px}</style></head><body>',
         '<div class="wrapper"><div class="sidebar"><ul><li><a href="/">Companies</a></li></ul></div><div class="main">']
    in_faq = False
    out = []
    table = []
    def flush_table():
        nonlocal table
        if not table: return
        rows = [[c.strip() for c in r.strip().strip('|').split('|')] for r in table if not re.match(r'^\|[-| ]+\|$', r)]
        out.append('<table class="grid"><caption>Table</caption>')
        out.append('<tr>' + ''.join(f'<th>{esc(c)}</th>' for c in rows[0]) + '</tr>')
        for r in rows[1:]:
            out.append('<tr>' + ''.join(f'<td>{esc(c)}</td>' for c in r) + '</tr>')
        out.append('</table>')
        table = []
    lines = prose
    k = 0
    while k < len(lines):
        l = lines[k]
        if l.startswith('|'):
            table.append(l); k += 1; continue
        flush_table()
        if k in HEADINGS:
            in_faq = l.startswith('Frequently Asked')
            out.append(f'<div class="heading"><strong>{esc(l)}</strong></div>')
        elif in_faq and l.endswith('?'):
            ans = lines[k+1] if k + 1 < len(lines) else ''
            out.append(f'<details><summary>{esc(l)}</summary><p>{esc(ans)}</p></details>')
            k += 2; continue
        elif l.startswith('- '):
            item = l[2:]
            m = re.match(r'^([^:“]{2,40}): (.*)$', item)
            if m:
                out.append(f'<p><b>{esc(m.group(1))}:</b> {esc(m.group(2))}</p>')
            else:
                out.append(f'<div class="q">• {esc(item)}</div>')
        elif l.strip():
            out.append(f'<div class="para">{esc(l)}</div>')
        k += 1
    flush_table()
    o += out
    o.append(f'<div class="date">Updated {date}</div>')
    o.append(f'<div class="heading"><strong>{esc(company_heading)}</strong></div>')
    for r in records:
        o.append('<table class="review">')
        o.append(f'<tr><th colspan="2"><h3>{esc(r["title"])}</h3></th></tr>')
        for lab, val in r['fields']:
            o.append(f'<tr><td>{lab}</td><td>{esc(val)}</td></tr>')
        o.append(f'<tr><td>Interview Process</td><td>{r["rounds"]}</td></tr>')
        o.append('<tr><td>Questions Asked</td><td><ul>' + ''.join(f'<li>{esc(q)}</li>' for q in r['questions']) + '</ul></td></tr>')
        o.append(f'<tr><td>Advice</td><td><p>{esc(r["advice"])}</p></td></tr>')
        o.append(f'<tr><td>Full Experience</td><td><p>{esc(r["full"])}</p></td></tr>')
        o.append('</table>')
    o.append(f'<div class="heading"><strong>{esc(tail[0])}</strong></div>')
    o += [f'<div class="para">{esc(l)}</div>' for l in tail[1:] if l.strip()]
    o.append('</div></div><footer>Candidate: Nobody</footer></body></html>')
    return '\n'.join(o) + '\n'

def layout_d():
    """A Bootstrap grid: label and value columns in rows, badges, numbered question divs."""
    o = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="container">',
         '<nav class="navbar"><a class="brand">Careers</a></nav>']
    o.append(prose_html('a').replace('<h2 class="section-title">', '<h4 class="mt-4">').replace('</h2>', '</h4>'))
    o.append(f'<div class="row"><div class="col-12"><h2>{esc(company_heading)}</h2></div></div>')
    for n, r in enumerate(records):
        o.append('<div class="card mb-3"><div class="card-body">')
        if n == 0:
            o.append(f'<small class="text-muted">Updated {date}</small>')
        o.append(f'<div class="h5 card-title">{esc(r["title"])}</div>')
        for lab, val in r['fields']:
            o.append(f'<div class="row"><div class="col-4 text-muted">{lab}</div><div class="col-8">{esc(val)}</div></div>')
        o.append(f'<div class="row"><div class="col-4 text-muted">Interview Process</div><div class="col-8"><span class="badge bg-primary">{r["rounds"]}</span></div></div>')
        o.append('<div class="mt-2"><div class="fw-bold">Questions Asked</div>')
        for i, q in enumerate(r['questions'], 1):
            o.append(f'<div class="question">{i}. {esc(q)}</div>')
        o.append('</div>')
        o.append(f'<div class="mt-2"><div class="fw-bold">Advice</div><div>{esc(r["advice"])}</div></div>')
        o.append(f'<div class="mt-2"><div class="fw-bold">Full Experience</div><div>{esc(r["full"])}</div></div>')
        o.append('</div></div>')
    o.append(f'<h4>{esc(tail[0])}</h4>' + ''.join(f'<p>{esc(l)}</p>' for l in tail[1:] if l.strip()))
    o.append('</div><script>console.log("Candidate: Nobody")</script></body></html>')
    return '\n'.join(o) + '\n'

open('seed-record-tables.html', 'w', encoding='utf-8').write(layout_c())
open('seed-bootstrap-grid.html', 'w', encoding='utf-8').write(layout_d())
