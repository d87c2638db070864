"""Every citation in the built-in pack is backed by words of the article it cites.

The five seed articles are read from ../shared/seeds/. For each `sources` citation (a skill, a
role, a move, a facet value, a salary, a certification status) the table below keeps a few key
words that must all appear in the cited article. They are words, not sentences: the pack's text
stays our own, and a claim no article states is marked `estimate: true` instead of cited.
A citation without an entry here fails, and so does an entry for a citation the pack dropped.
"""

from __future__ import annotations

import re

import pytest

from pathfinder.core.catalog import Catalog
from tests.conftest import SHARED

SEEDS = SHARED / "seeds"

# Which article each source is: a name only that article prints.
ARTICLE_MARK = {
    "myticas-2026": "Myticas Consulting",
    "syndesus-ml-mlops": "Syndesus",
    "scai-2026": "SCHOOLOFCOREAI",
    "edev-ml-mlops": "like eDev",
    "padmani-2026": "Shreyans Padmani",
}

SUPPORT: dict[tuple[str, str], tuple[str, ...]] = {
    # --- skills ---------------------------------------------------------------------------
    ("skill python", "myticas-2026"): ("Python libraries",),
    ("skill python", "scai-2026"): ("use Python",),
    ("skill jupyter", "scai-2026"): ("experiment notebooks",),
    ("skill jupyter", "myticas-2026"): ("Notebooks are helpful",),
    ("skill git", "myticas-2026"): ("GitHub repositories",),
    ("skill git", "edev-ml-mlops"): ("Version Control", "codebases"),
    ("skill unit-testing", "padmani-2026"): ("automated testing",),
    ("skill rest-apis", "padmani-2026"): ("APIs for model serving",),
    ("skill software-design", "padmani-2026"): (
        "maintainable applications",
        "software engineering",
    ),
    ("skill ci-cd", "myticas-2026"): ("Continuous Integration", "Continuous Deployment"),
    ("skill ci-cd", "scai-2026"): ("CI/CD systems",),
    ("skill ci-cd", "padmani-2026"): ("continuous integration/continuous deployment",),
    ("skill pandas", "myticas-2026"): ("Pandas",),
    ("skill pandas", "scai-2026"): ("Pandas",),
    ("skill numpy", "myticas-2026"): ("NumPy",),
    ("skill data-cleaning", "myticas-2026"): ("Preprocessing datasets",),
    ("skill data-cleaning", "syndesus-ml-mlops"): ("cleaning datasets", "preprocessing"),
    ("skill data-cleaning", "edev-ml-mlops"): ("preparing data for modeling",),
    ("skill etl-pipelines", "padmani-2026"): ("data pipelines",),
    ("skill etl-pipelines", "syndesus-ml-mlops"): ("Data pipelines", "reproducible"),
    ("skill airflow", "scai-2026"): ("Airflow",),
    ("skill data-validation", "padmani-2026"): ("data validation",),
    ("skill data-versioning", "padmani-2026"): ("data versioning",),
    ("skill data-versioning", "edev-ml-mlops"): ("Managing versions of models, data",),
    ("skill data-governance", "padmani-2026"): ("data governance",),
    ("skill linear-algebra", "myticas-2026"): ("deep mathematical understanding",),
    ("skill calculus", "myticas-2026"): ("deep mathematical understanding",),
    ("skill statistics", "myticas-2026"): ("advanced statistics",),
    ("skill ml-fundamentals", "syndesus-ml-mlops"): (
        "supervised learning",
        "selecting the appropriate approach",
    ),
    ("skill ml-fundamentals", "edev-ml-mlops"): ("ML algorithms",),
    ("skill supervised-learning", "syndesus-ml-mlops"): ("supervised learning",),
    ("skill unsupervised-learning", "syndesus-ml-mlops"): ("unsupervised methods",),
    ("skill scikit-learn", "myticas-2026"): ("scikit-learn",),
    ("skill scikit-learn", "scai-2026"): ("Scikit-learn",),
    ("skill feature-engineering", "myticas-2026"): ("feature engineering",),
    ("skill feature-engineering", "syndesus-ml-mlops"): ("feature engineering",),
    ("skill feature-engineering", "scai-2026"): ("Feature engineering",),
    ("skill feature-engineering", "edev-ml-mlops"): ("feature engineering",),
    ("skill model-evaluation", "myticas-2026"): ("precision", "recall", "F1-score"),
    ("skill model-evaluation", "scai-2026"): ("Model evaluation",),
    ("skill model-evaluation", "edev-ml-mlops"): ("evaluate model performance",),
    ("skill experiment-design", "scai-2026"): ("Experiment design",),
    ("skill experiment-design", "edev-ml-mlops"): ("iterative experiments", "hypotheses"),
    ("skill hyperparameter-tuning", "myticas-2026"): ("tuning models",),
    ("skill hyperparameter-tuning", "edev-ml-mlops"): ("Fine-tuning models and algorithms",),
    ("skill imbalanced-data", "myticas-2026"): ("handling imbalances",),
    ("skill ml-system-design", "syndesus-ml-mlops"): (
        "designing scalable machine learning systems",
    ),
    ("skill recommender-systems", "syndesus-ml-mlops"): ("recommendation system",),
    ("skill recommender-systems", "scai-2026"): ("Recommendation systems",),
    ("skill recommender-systems", "padmani-2026"): ("recommendation engines",),
    ("skill time-series-forecasting", "scai-2026"): ("Forecasting system",),
    ("skill anomaly-detection", "padmani-2026"): ("fraud detection", "predictive maintenance"),
    ("skill deep-learning-fundamentals", "myticas-2026"): ("neural network architectures",),
    ("skill deep-learning-fundamentals", "syndesus-ml-mlops"): ("deep learning",),
    ("skill pytorch", "myticas-2026"): ("PyTorch",),
    ("skill pytorch", "scai-2026"): ("PyTorch",),
    ("skill tensorflow", "myticas-2026"): ("TensorFlow",),
    ("skill tensorflow", "scai-2026"): ("TensorFlow",),
    ("skill nlp", "padmani-2026"): ("natural language processing",),
    ("skill computer-vision", "padmani-2026"): ("computer vision",),
    ("skill model-optimization", "syndesus-ml-mlops"): ("efficient enough to be deployed",),
    ("skill ml-lifecycle", "syndesus-ml-mlops"): ("versioned, monitored, retrained",),
    ("skill ml-lifecycle", "scai-2026"): ("lifecycle systems",),
    ("skill ml-lifecycle", "edev-ml-mlops"): ("machine learning lifecycles",),
    ("skill mlflow", "scai-2026"): ("MLflow",),
    ("skill model-registry", "scai-2026"): ("Model registries",),
    ("skill model-registry", "edev-ml-mlops"): ("Managing versions of models",),
    ("skill model-serving", "myticas-2026"): ("Packaging trained models into containers",),
    ("skill model-serving", "padmani-2026"): ("model serving",),
    ("skill deployment-strategies", "padmani-2026"): ("deployment strategies",),
    ("skill ml-cicd", "myticas-2026"): ("Continuous Deployment pipelines",),
    ("skill ml-cicd", "edev-ml-mlops"): ("CI/CD/CT",),
    ("skill ml-cicd", "padmani-2026"): ("(CI/CD) for models",),
    ("skill ml-pipeline-orchestration", "scai-2026"): ("Pipeline orchestration",),
    ("skill kubeflow", "scai-2026"): ("Kubeflow",),
    ("skill sagemaker", "myticas-2026"): ("most prominent tools for MLOps", "AWS SageMaker"),
    ("skill automated-retraining", "scai-2026"): ("Automated retraining workflow",),
    ("skill automated-retraining", "edev-ml-mlops"): ("continuous training",),
    ("skill automated-retraining", "padmani-2026"): ("retraining",),
    ("skill model-governance", "myticas-2026"): ("compliance auditing",),
    ("skill model-governance", "scai-2026"): ("Model lifecycle governance",),
    ("skill ml-reproducibility", "edev-ml-mlops"): ("reproducible and auditable",),
    ("skill ml-reproducibility", "syndesus-ml-mlops"): ("reliable and reproducible",),
    ("skill cloud-fundamentals", "syndesus-ml-mlops"): ("cloud platforms",),
    ("skill cloud-fundamentals", "padmani-2026"): ("cloud-native services",),
    ("skill aws", "myticas-2026"): ("AWS SageMaker",),
    ("skill docker", "myticas-2026"): ("Docker",),
    ("skill docker", "syndesus-ml-mlops"): ("containerization",),
    ("skill kubernetes", "myticas-2026"): ("Kubernetes",),
    ("skill infrastructure-as-code", "myticas-2026"): ("infrastructure as code",),
    ("skill distributed-systems", "syndesus-ml-mlops"): ("distributed computing",),
    ("skill cost-optimization", "edev-ml-mlops"): ("cost-efficiency",),
    ("skill observability", "scai-2026"): ("Monitoring and observability",),
    ("skill observability", "myticas-2026"): ("latency checks",),
    ("skill prometheus", "scai-2026"): ("Prometheus",),
    ("skill grafana", "scai-2026"): ("Grafana",),
    ("skill model-monitoring", "myticas-2026"): ("Tracking model performance",),
    ("skill model-monitoring", "edev-ml-mlops"): ("track model performance",),
    ("skill model-monitoring", "padmani-2026"): ("model monitoring",),
    ("skill drift-detection", "myticas-2026"): ("data drift",),
    ("skill drift-detection", "edev-ml-mlops"): ("data drift", "concept drift"),
    ("skill drift-detection", "padmani-2026"): ("model drift",),
    ("skill sre-practices", "myticas-2026"): ("uptime", "responding to failures"),
    ("skill cert-google-pmle", "myticas-2026"): ("Google Professional ML Engineer",),
    ("skill cert-aws-ml-specialty", "myticas-2026"): ("AWS Machine Learning Specialty",),
    ("skill cert-cka", "myticas-2026"): ("Kubernetes certifications",),
    ("skill cert-ckad", "myticas-2026"): ("Kubernetes certifications",),
    ("skill communication", "padmani-2026"): ("communicate effectively",),
    ("skill communication", "edev-ml-mlops"): ("Bridging the gap",),
    ("skill communication", "myticas-2026"): ("Foster Collaboration",),
    ("skill problem-framing", "syndesus-ml-mlops"): ("understanding the problem being solved",),
    ("skill problem-framing", "scai-2026"): ("Applied ML problem solving",),
    ("skill product-thinking", "myticas-2026"): ("product focus",),
    ("skill portfolio-building", "myticas-2026"): ("portfolio evidence", "end-to-end pipelines"),
    # --- roles ----------------------------------------------------------------------------
    ("role devops-engineer", "myticas-2026"): ("those with DevOps backgrounds",),
    ("role devops-engineer", "scai-2026"): ("more DevOps-like",),
    ("role devops-engineer", "edev-ml-mlops"): ("principles from DevOps",),
    ("role software-developer", "syndesus-ml-mlops"): ("software developer", "starting points"),
    ("role software-developer", "padmani-2026"): ("'Software Engineer' in their past roles",),
    ("role data-scientist", "syndesus-ml-mlops"): ("data scientist", "starting points"),
    ("role data-scientist", "padmani-2026"): (
        "Data Scientist might explore data and prototype models",
    ),
    ("role ml-engineer", "myticas-2026"): ("What Is a Machine Learning Engineer?",),
    ("role ml-engineer", "syndesus-ml-mlops"): ("What a Machine Learning Engineer Actually Does",),
    ("role ml-engineer", "scai-2026"): ("An ML Engineer builds, trains, and evaluates",),
    ("role ml-engineer", "edev-ml-mlops"): ("The Model Innovator: The ML Engineer",),
    ("role ml-engineer", "padmani-2026"): ("Hire an ML Engineer", "communicate effectively"),
    ("role applied-ml-specialist", "scai-2026"): ("applied ML specialization",),
    ("role nlp-engineer", "padmani-2026"): ("natural language processing",),
    ("role computer-vision-engineer", "padmani-2026"): ("computer vision project",),
    ("role junior-mlops-engineer", "myticas-2026"): ("entry-level opportunities in MLOps",),
    ("role mlops-engineer", "myticas-2026"): ("What Is an MLOps Engineer?",),
    ("role mlops-engineer", "syndesus-ml-mlops"): ("What an MLOps Engineer Actually Does",),
    ("role mlops-engineer", "scai-2026"): ("An MLOps Engineer focuses on",),
    ("role mlops-engineer", "edev-ml-mlops"): ("The Production Architect: The MLOps Engineer",),
    ("role ml-platform-engineer", "scai-2026"): ("platform ML",),
    ("role aiops-engineer", "scai-2026"): ("broader AI operations", "AIOps"),
    ("role ml-infrastructure-lead", "scai-2026"): ("production infrastructure leadership",),
    # --- salary and facet values ----------------------------------------------------------
    ("salary ml-engineer", "padmani-2026"): ("$80,000", "over $200,000 USD"),
    ("facet data-scientist focus", "padmani-2026"): ("explore data", "prototype models"),
    ("facet data-scientist work-stage", "padmani-2026"): ("exploration", "prototype"),
    ("facet ml-engineer focus", "myticas-2026"): ("Model building",),
    ("facet ml-engineer focus", "scai-2026"): ("build and improve the models",),
    ("facet ml-engineer work-stage 1", "myticas-2026"): ("Pre-production",),
    ("facet ml-engineer work-stage 2", "padmani-2026"): (
        "data pipelines",
        "APIs for model serving",
        "CI/CD",
        "Monitoring model performance in production",
    ),
    ("facet ml-engineer work-stage 3", "scai-2026"): (
        "deploying machine learning models",
        "Does an ML Engineer need MLOps knowledge",
    ),
    ("facet ml-engineer tools", "myticas-2026"): (
        "Python, TensorFlow, PyTorch",
        "scikit-learn, Pandas, NumPy",
    ),
    ("facet ml-engineer tools", "scai-2026"): ("Experiment notebooks",),
    ("facet ml-engineer goal", "myticas-2026"): ("Accuracy",),
    ("facet ml-engineer goal", "syndesus-ml-mlops"): ("efficient enough to be deployed",),
    ("facet ml-engineer success-metric", "myticas-2026"): ("precision, recall, and F1-score",),
    ("facet ml-engineer success-metric", "scai-2026"): (
        "Predictive performance",
        "useful business outcomes",
    ),
    ("facet ml-engineer best-for", "scai-2026"): ("Engineers who enjoy modeling",),
    ("facet ml-engineer project-style", "scai-2026"): (
        "Recommendation systems, classifiers, ranking models, forecasting",
    ),
    ("facet ml-engineer next-step", "scai-2026"): ("applied ML specialization, AI engineering",),
    ("facet ml-engineer way-in", "syndesus-ml-mlops"): (
        "computer science degree",
        "software developer or data scientist",
    ),
    ("facet junior-mlops-engineer way-in", "myticas-2026"): (
        "portfolio evidence",
        "entry-level opportunities in MLOps",
        "DevOps backgrounds",
    ),
    ("facet mlops-engineer focus", "myticas-2026"): ("Deployment & scaling",),
    ("facet mlops-engineer focus", "scai-2026"): ("Deployment, automation, monitoring",),
    ("facet mlops-engineer work-stage", "myticas-2026"): ("Post-production",),
    ("facet mlops-engineer work-stage", "syndesus-ml-mlops"): ("training handoff",),
    ("facet mlops-engineer tools", "myticas-2026"): (
        "Docker",
        "Kubernetes",
        "AWS SageMaker or related cloud ML services",
    ),
    ("facet mlops-engineer tools", "scai-2026"): (
        "MLflow",
        "Kubeflow or Airflow",
        "Prometheus and Grafana",
    ),
    ("facet mlops-engineer goal", "myticas-2026"): ("Stability & performance",),
    ("facet mlops-engineer success-metric", "scai-2026"): (
        "Operational reliability, deployment speed, monitoring quality",
    ),
    ("facet mlops-engineer best-for", "scai-2026"): (
        "Engineers who enjoy systems, pipelines, observability",
    ),
    ("facet mlops-engineer project-style", "scai-2026"): (
        "End-to-end deployment pipelines, model registries, monitoring dashboards",
    ),
    ("facet mlops-engineer next-step", "scai-2026"): (
        "platform ML, broader AI operations, or production infrastructure leadership",
    ),
    ("facet mlops-engineer way-in", "myticas-2026"): (
        "portfolio evidence of production systems",
        "DevOps backgrounds",
    ),
    # --- moves ----------------------------------------------------------------------------
    ("move software-developer -> ml-engineer", "syndesus-ml-mlops"): (
        "Common starting points",
        "software developer",
    ),
    ("move software-developer -> ml-engineer", "padmani-2026"): (
        "'Software Engineer' in their past roles",
    ),
    ("move data-scientist -> ml-engineer", "syndesus-ml-mlops"): (
        "Common starting points",
        "data scientist",
    ),
    ("move devops-engineer -> mlops-engineer", "myticas-2026"): (
        "entry-level opportunities in MLOps",
        "DevOps backgrounds",
    ),
    ("move ml-engineer -> mlops-engineer", "edev-ml-mlops"): (
        "ML Engineer might initially handle some MLOps tasks",
    ),
    ("move ml-engineer -> applied-ml-specialist", "scai-2026"): (
        "Move toward applied ML specialization",
    ),
    ("move ml-engineer -> ai-engineer", "scai-2026"): (
        "applied ML specialization, AI engineering",
    ),
    ("move mlops-engineer -> ml-platform-engineer", "scai-2026"): ("Move toward platform ML",),
    ("move mlops-engineer -> aiops-engineer", "scai-2026"): (
        "Use MLOps as the first specialization",
        "broader AI operations",
    ),
    ("move mlops-engineer -> ml-infrastructure-lead", "scai-2026"): (
        "production infrastructure leadership",
    ),
}


def _plain(text: str) -> str:
    """Case, curly quotes and line breaks do not decide whether an article says something."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).casefold()


@pytest.fixture(scope="module")
def articles() -> dict[str, str]:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not here: {SEEDS}")
    texts = [_plain(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    out: dict[str, str] = {}
    for source, mark in ARTICLE_MARK.items():
        # The files are named by hash; each article is found by a name only it prints.
        found = [t for t in texts if _plain(mark) in t]
        assert len(found) == 1, f"{source}: {len(found)} articles print {mark!r}"
        out[source] = found[0]
    return out


def citations(pack: Catalog) -> set[tuple[str, str]]:
    """Every (claim, source) pair the pack cites, named as in SUPPORT."""
    out: set[tuple[str, str]] = set()
    for skill in pack.skills:
        out |= {(f"skill {skill.id}", s) for s in skill.sources}
        if skill.certification is not None:
            out |= {(f"certification {skill.id}", s) for s in skill.certification.sources}
    for role in pack.roles:
        out |= {(f"role {role.id}", s) for s in role.sources}
        if role.salary is not None:
            out |= {(f"salary {role.id}", s) for s in role.salary.sources}
        for facet, value in role.facets.items():
            if isinstance(value, str):
                continue  # plain text: the role's own citation covers it
            if isinstance(value, tuple):
                for n, view in enumerate(value, start=1):
                    out |= {(f"facet {role.id} {facet} {n}", s) for s in view.sources}
            else:
                out |= {(f"facet {role.id} {facet}", s) for s in value.sources}
    for move in pack.transitions:
        out |= {(f"move {move.source} -> {move.target}", s) for s in move.sources}
    return out


def problems(
    pack: Catalog, articles: dict[str, str], support: dict[tuple[str, str], tuple[str, ...]]
) -> list[str]:
    cited = citations(pack)
    out = [f"no supporting words kept for {c}" for c in sorted(cited - support.keys())]
    out += [
        f"words kept for a citation the pack dropped: {c}" for c in sorted(support.keys() - cited)
    ]
    out += [
        f"{source} does not say {word!r} ({claim})"
        for (claim, source), words in sorted(support.items())
        if (claim, source) in cited
        for word in words
        if _plain(word) not in articles[source]
    ]
    return out


def test_every_citation_has_words_from_the_cited_article(
    builtin: Catalog, articles: dict[str, str]
) -> None:
    assert len(citations(builtin)) > 100  # the check reaches the whole pack, not a corner
    assert problems(builtin, articles, SUPPORT) == []


def test_support_words_stay_words_not_sentences() -> None:
    # Our text stays our own: the test keeps short phrases, never the articles' sentences.
    for key, words in SUPPORT.items():
        assert 1 <= len(words) <= 4, key
        assert all(len(w.split()) <= 10 for w in words), key


def test_a_citation_the_article_does_not_support_is_caught(
    builtin: Catalog, articles: dict[str, str]
) -> None:
    # The old pack cited Myticas for Terraform; that article only says "infrastructure as code".
    terraform = builtin.skill_by_id["terraform"]
    cited_again = terraform.model_copy(update={"sources": ("myticas-2026",), "estimate": False})
    skills = tuple(cited_again if s.id == "terraform" else s for s in builtin.skills)
    pack = builtin.model_copy(update={"skills": skills})
    support = {**SUPPORT, ("skill terraform", "myticas-2026"): ("Terraform",)}
    assert problems(pack, articles, support) == [
        "myticas-2026 does not say 'Terraform' (skill terraform)"
    ]
    # A citation nobody kept words for is caught as well.
    assert problems(pack, articles, SUPPORT) == [
        "no supporting words kept for ('skill terraform', 'myticas-2026')"
    ]
