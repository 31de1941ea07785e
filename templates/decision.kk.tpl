# Мәслихат шешімі – қазақ тіліндегі үлгі.
# Әр жол – бір абзац. Жол басындағы […] – абзац стилі: left, center, right, justify,
# bold, indent (азат жол), keep (келесі абзацпен бір бетте), page-break (жаңа беттен).
# [blank] – бос жол; [signature] лауазымы | аты-жөні – қолтаңба жолы.
# {{өріс}} – деректерден алынатын мән; {{#if …}} / {{else}} / {{/if}} – шарт;
# {{#each тізім as x}} / {{/each}} – қайталау. Белгісіз өріс жүктеу кезінде қате береді.
[center bold keep] {{maslikhatName}}
[blank]
[center bold keep] ШЕШІМ
[center keep] {{dateNumber}}
[center keep] {{place}}
[blank]
[center bold keep] {{title}}
[blank]
{{#if registration}}
[justify indent] {{registration.authority}} {{registration.date}} {{registration.number}} болып тіркелді.
{{/if}}
[justify indent] {{preamble}}
{{#each points as p}}
[justify indent] {{p.number}} {{p.text}}
{{#each p.subpoints as s}}
[justify indent] {{s.number}} {{s.text}}
{{/each}}
{{/each}}
[blank]
[blank]
[signature] {{signatoryPost}} | {{signatoryName}}
{{#each appendices as a}}
[right page-break] {{maslikhatGenitive}} {{dateNumber}} шешіміне {{a.label}}
[blank]
[center bold keep] {{a.title}}
[blank]
{{#each a.paragraphs as x}}
[justify indent] {{x.text}}
{{/each}}
{{/each}}
