// The built-in layout: the seed blog's post, as a Liquid template like any maintainer's (README, "Your
// own layout", shows it to copy). It writes the seed post byte for byte; the code and project lines
// appear only when the `paper-links` input asks for them.
export const BUILT_IN_TEMPLATE = `## {{ labels.intro_heading }}

{{ intro }}
{% for paper in papers %}
## {{ paper.number }}. {{ paper.title }}

- **{{ labels.authors }}**: {{ paper.authors_short }}
{%- if paper.published %}
- **{{ labels.published }}**: {{ paper.published }}
{%- endif %}
- **{{ labels.source }}**: [{{ paper.sources | join: ", " }}]({{ paper.source_url }})
{%- if paper.arxiv_id %}
- **{{ labels.arxiv_id }}**: {{ paper.arxiv_id }}
{%- endif %}
{%- if paper.code_url and paper_links contains "code" %}
- **{{ labels.code }}**: [{{ paper.code_name }}]({{ paper.code_url }}){% if paper.github_stars %} (★ {{ paper.github_stars }}){% endif %}
{%- endif %}
{%- if paper.project_url and paper_links contains "project" %}
- **{{ labels.project }}**: [{{ paper.project_name }}]({{ paper.project_url }})
{%- endif %}
{%- if paper.image %}

![{{ paper.title }}]({{ paper.image }})
{%- endif %}

### {{ labels.summary }}

{{ paper.summary }}

{{ paper.abstract_block }}
{% endfor %}
---

{{ labels.footer }}
`
