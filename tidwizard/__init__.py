"""tidwizard: connect Visma Tid Smart/Pro to Visma Administration/Fakturering (unofficial)."""

__version__ = "0.1.0"
