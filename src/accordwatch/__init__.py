"""accordwatch: is a peace agreement being kept?"""

__version__ = "0.1.0"
